import { lazyScreen } from '../router/lazy-screen.ts';
import { route, type RouteEntry } from '../router/route-entry.ts';

/** The main navigation's sections; each is also the name of the route its link opens. */
export type NavSection = 'home' | 'journal' | 'parts' | 'people' | 'practice' | 'settings';

/*
 * Every address of the app, in one table: the router reads and builds paths from it, the shell shows
 * its screens and gates them, and the main navigation marks its sections from it. A new screen is one
 * row here and its own file. Every screen loads in a chunk of its own, so the first load holds only
 * the shell and the welcome screen: the shell loads a screen ahead when it knows it comes next (Home
 * as the vault opens, Support now soon after the first screen), else on its first visit.
 */
export const routes = [
  route(
    'home',
    '/',
    lazyScreen(() => import('../screens/home/HomeScreen.tsx').then((m) => m.HomeScreen)),
    { section: 'home' },
  ),
  route('welcome', '/welcome', null, { access: 'door' }),
  route('unlock', '/unlock', null, { access: 'door' }),
  route(
    'support',
    '/support',
    lazyScreen(() => import('../screens/support/SupportScreen.tsx').then((m) => m.SupportScreen)),
    { access: 'open' },
  ),
  route(
    'about',
    '/about',
    lazyScreen(() => import('../screens/about/AboutScreen.tsx').then((m) => m.AboutScreen)),
    { access: 'open', section: 'settings' },
  ),
  route(
    'tour',
    '/tour',
    lazyScreen(() => import('../screens/tour/TourScreen.tsx').then((m) => m.TourScreen)),
    { section: 'home' },
  ),
  route(
    'install',
    '/install',
    lazyScreen(() => import('../screens/about/InstallScreen.tsx').then((m) => m.InstallScreen)),
    { access: 'open', section: 'settings' },
  ),

  route(
    'journal',
    '/journal',
    lazyScreen(() => import('../screens/journal/JournalScreen.tsx').then((m) => m.JournalScreen)),
    { section: 'journal' },
  ),
  route(
    'journal-new',
    '/journal/new',
    lazyScreen(() => import('../screens/journal/NewEntryScreen.tsx').then((m) => m.NewEntryScreen)),
    { section: 'journal', access: 'writable' },
  ),
  route(
    'journal-entry',
    '/journal/:id',
    lazyScreen(() => import('../screens/journal/EntryScreen.tsx').then((m) => m.EntryScreen)),
    { section: 'journal' },
  ),

  route(
    'parts',
    '/parts',
    lazyScreen(() => import('../screens/parts/PartsScreen.tsx').then((m) => m.PartsScreen)),
    { section: 'parts' },
  ),
  route(
    'parts-new',
    '/parts/new',
    lazyScreen(() => import('../screens/parts/NewPartScreen.tsx').then((m) => m.NewPartScreen)),
    { section: 'parts' },
  ),
  route(
    'parts-map',
    '/parts/map',
    lazyScreen(() => import('../screens/parts/PartsMapScreen.tsx').then((m) => m.PartsMapScreen)),
    { section: 'parts' },
  ),
  route(
    'part',
    '/parts/:id',
    lazyScreen(() => import('../screens/parts/PartScreen.tsx').then((m) => m.PartScreen)),
    { section: 'parts' },
  ),
  route(
    'part-edit',
    '/parts/:id/edit',
    lazyScreen(() => import('../screens/parts/EditPartScreen.tsx').then((m) => m.EditPartScreen)),
    { section: 'parts' },
  ),
  route(
    'part-meet',
    '/parts/:id/meet',
    lazyScreen(() => import('../screens/meetings/MeetScreen.tsx').then((m) => m.MeetScreen)),
    { section: 'parts', isFlow: true },
  ),
  route(
    'part-story',
    '/parts/:id/story',
    lazyScreen(() => import('../screens/meetings/StoryScreen.tsx').then((m) => m.StoryScreen)),
    { section: 'parts' },
  ),
  route(
    'meet',
    '/meet',
    lazyScreen(() => import('../screens/meetings/MeetScreen.tsx').then((m) => m.MeetScreen)),
    { section: 'parts', isFlow: true },
  ),
  route(
    'meeting',
    '/meetings/:id',
    lazyScreen(() => import('../screens/meetings/MeetingScreen.tsx').then((m) => m.MeetingScreen)),
    { section: 'parts' },
  ),
  route(
    'meeting-edit',
    '/meetings/:id/edit',
    lazyScreen(() => import('../screens/meetings/EditMeetingScreen.tsx').then((m) => m.EditMeetingScreen)),
    { section: 'parts' },
  ),
  route(
    'grief',
    '/grief',
    lazyScreen(() => import('../screens/grief/GriefListScreen.tsx').then((m) => m.GriefListScreen)),
    { section: 'parts' },
  ),
  route(
    'grief-new',
    '/grief/new',
    lazyScreen(() => import('../screens/grief/BeginGriefScreen.tsx').then((m) => m.BeginGriefScreen)),
    { section: 'parts' },
  ),
  route(
    'grief-entry',
    '/grief/:id',
    lazyScreen(() => import('../screens/grief/GriefScreen.tsx').then((m) => m.GriefScreen)),
    { section: 'parts' },
  ),

  route(
    'pause',
    '/pause',
    lazyScreen(() => import('../screens/pause/PauseScreen.tsx').then((m) => m.NewPauseScreen)),
    { access: 'writable', isFlow: true },
  ),
  route(
    'kindness',
    '/kindness',
    lazyScreen(() => import('../screens/kindness/KindnessScreen.tsx').then((m) => m.KindnessScreen)),
    { access: 'writable' },
  ),
  route(
    'pause-resume',
    '/pause/:id',
    lazyScreen(() => import('../screens/pause/PauseScreen.tsx').then((m) => m.ResumePauseScreen)),
    { isFlow: true },
  ),
  route(
    'pauses',
    '/pauses',
    lazyScreen(() => import('../screens/pause/PastPausesScreen.tsx').then((m) => m.PastPausesScreen)),
  ),
  route(
    'pause-record',
    '/pauses/:id',
    lazyScreen(() => import('../screens/pause/PauseRecordScreen.tsx').then((m) => m.PauseRecordScreen)),
  ),
  route(
    'kindness-moments',
    '/kindness/all',
    lazyScreen(() => import('../screens/kindness/KindnessListScreen.tsx').then((m) => m.KindnessListScreen)),
  ),
  route(
    'resources',
    '/resources',
    lazyScreen(() => import('../screens/resources/ResourcesScreen.tsx').then((m) => m.ResourcesScreen)),
  ),
  route(
    'patterns',
    '/patterns',
    lazyScreen(() => import('../screens/patterns/PatternsScreen.tsx').then((m) => m.PatternsScreen)),
  ),
  route(
    'pattern',
    '/patterns/:id',
    lazyScreen(() => import('../screens/patterns/PatternScreen.tsx').then((m) => m.PatternScreen)),
  ),

  route(
    'people',
    '/people',
    lazyScreen(() =>
      import('../screens/relationships/RelationshipsScreen.tsx').then((m) => m.RelationshipsScreen),
    ),
    { section: 'people' },
  ),
  route(
    'people-new',
    '/people/new',
    lazyScreen(() =>
      import('../screens/relationships/NewRelationshipScreen.tsx').then((m) => m.NewRelationshipScreen),
    ),
    { section: 'people' },
  ),
  route(
    'people-web',
    '/people/web',
    lazyScreen(() => import('../screens/relationships/WebScreen.tsx').then((m) => m.WebScreen)),
    { section: 'people' },
  ),
  route(
    'person',
    '/people/:id',
    lazyScreen(() =>
      import('../screens/relationships/RelationshipScreen.tsx').then((m) => m.RelationshipScreen),
    ),
    { section: 'people' },
  ),
  route(
    'person-edit',
    '/people/:id/edit',
    lazyScreen(() =>
      import('../screens/relationships/EditRelationshipScreen.tsx').then((m) => m.EditRelationshipScreen),
    ),
    { section: 'people' },
  ),
  route(
    'person-check-in',
    '/people/:id/check-in',
    lazyScreen(() => import('../screens/check-ins/CheckInScreen.tsx').then((m) => m.CheckInScreen)),
    { section: 'people', isFlow: true },
  ),

  route(
    'check-in',
    '/check-ins/:id',
    lazyScreen(() => import('../screens/check-ins/CheckInPageScreen.tsx').then((m) => m.CheckInPageScreen)),
    { section: 'people' },
  ),
  route(
    'check-in-edit',
    '/check-ins/:id/edit',
    lazyScreen(() => import('../screens/check-ins/EditCheckInScreen.tsx').then((m) => m.EditCheckInScreen)),
    { section: 'people' },
  ),

  route(
    'looking-back',
    '/looking-back',
    lazyScreen(() =>
      import('../screens/looking-back/LookingBackScreen.tsx').then((m) => m.LookingBackScreen),
    ),
  ),
  route(
    'looking-back-view',
    '/looking-back/:id',
    lazyScreen(() =>
      import('../screens/looking-back/LookingBackViewScreen.tsx').then((m) => m.LookingBackViewScreen),
    ),
  ),
  route(
    'search',
    '/search',
    lazyScreen(() => import('../screens/search/SearchScreen.tsx').then((m) => m.SearchScreen)),
  ),

  route(
    'settings',
    '/settings',
    lazyScreen(() => import('../screens/settings/SettingsScreen.tsx').then((m) => m.SettingsScreen)),
    { section: 'settings' },
  ),
  route(
    'settings-account',
    '/settings/account',
    lazyScreen(() =>
      import('../screens/settings/AccountSettingsScreen.tsx').then((m) => m.AccountSettingsScreen),
    ),
    { section: 'settings' },
  ),
  route(
    'settings-account-page',
    '/settings/account/:id',
    lazyScreen(() => import('../screens/settings/AccountPageScreen.tsx').then((m) => m.AccountPageScreen)),
    { section: 'settings' },
  ),
  route(
    'settings-privacy',
    '/settings/privacy',
    lazyScreen(() =>
      import('../screens/settings/PrivacySettingsScreen.tsx').then((m) => m.PrivacySettingsScreen),
    ),
    { section: 'settings' },
  ),
  route(
    'settings-support',
    '/settings/support',
    lazyScreen(() =>
      import('../screens/settings/SupportSettingsScreen.tsx').then((m) => m.SupportSettingsScreen),
    ),
    { section: 'settings' },
  ),
  route(
    'settings-data',
    '/settings/data',
    lazyScreen(() => import('../screens/settings/DataSettingsScreen.tsx').then((m) => m.DataSettingsScreen)),
    { section: 'settings' },
  ),
  route(
    'settings-practice',
    '/settings/practice',
    lazyScreen(() =>
      import('../screens/settings/PracticeSettingsScreen.tsx').then((m) => m.PracticeSettingsScreen),
    ),
    { section: 'settings' },
  ),
  route(
    'settings-about',
    '/settings/about',
    lazyScreen(() =>
      import('../screens/settings/AboutSettingsScreen.tsx').then((m) => m.AboutSettingsScreen),
    ),
    { section: 'settings' },
  ),
  route(
    'for-session',
    '/for-my-session',
    lazyScreen(() => import('../screens/for-session/ForSessionScreen.tsx').then((m) => m.ForSessionScreen)),
  ),
  route(
    'for-session-with',
    '/for-my-session/:id',
    lazyScreen(() => import('../screens/for-session/ForSessionScreen.tsx').then((m) => m.ForSessionScreen)),
  ),
  route(
    'reminders',
    '/settings/reminders',
    lazyScreen(() => import('../screens/reminders/RemindersScreen.tsx').then((m) => m.RemindersScreen)),
    { section: 'settings' },
  ),
  route(
    'bring-in',
    '/settings/bring-in',
    lazyScreen(() => import('../screens/bring-in/BringInScreen.tsx').then((m) => m.BringInScreen)),
    { section: 'settings' },
  ),

  // The practitioner space: most people never open it.
  route(
    'practitioner',
    '/practitioner',
    lazyScreen(() =>
      import('../screens/practice/MyPractitionerScreen.tsx').then((m) => m.MyPractitionerScreen),
    ),
  ),
  route(
    'practitioner-session',
    '/practitioner/session',
    lazyScreen(() => import('../screens/practice/SessionScreen.tsx').then((m) => m.SessionScreen)),
  ),
  route(
    'practitioner-log',
    '/practitioner/log',
    lazyScreen(() => import('../screens/practice/AccessLogScreen.tsx').then((m) => m.AccessLogScreen)),
  ),
  route(
    'connect',
    '/connect',
    lazyScreen(() => import('../screens/practice/ConnectScreen.tsx').then((m) => m.ConnectScreen)),
  ),
  route(
    'practice',
    '/practice',
    lazyScreen(() =>
      import('../screens/practice-clients/PracticeHomeScreen.tsx').then((m) => m.PracticeHomeScreen),
    ),
    { section: 'practice' },
  ),
  route(
    'practice-client',
    '/practice/clients/:id',
    lazyScreen(() => import('../screens/practice-clients/ClientScreen.tsx').then((m) => m.ClientScreen)),
    { section: 'practice' },
  ),
] as const satisfies readonly RouteEntry<string, string, NavSection>[];
