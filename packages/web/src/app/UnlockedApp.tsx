import { Suspense } from 'react';
import { useRouter } from '../router/router.tsx';
import { useAutoLock } from '../lock/use-auto-lock.ts';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { EntryScreen } from '../screens/journal/EntryScreen.tsx';
import { JournalScreen } from '../screens/journal/JournalScreen.tsx';
import { NewEntryScreen } from '../screens/journal/NewEntryScreen.tsx';
import { MeetingDraftsProvider } from '../screens/meetings/meeting-drafts.tsx';
import { SupportScreen } from '../screens/support/SupportScreen.tsx';
import { MainNav } from './MainNav.tsx';
import {
  AboutScreen,
  BeginGriefScreen,
  EditPartScreen,
  GriefListScreen,
  GriefScreen,
  Loading,
  MeetScreen,
  NewPartScreen,
  NewPauseScreen,
  NotFoundScreen,
  PartScreen,
  PartsMapScreen,
  PartsScreen,
  PatternScreen,
  PatternsScreen,
  ResourcesScreen,
  ResumePauseScreen,
  SettingsScreen,
  RelationshipsScreen,
  NewRelationshipScreen,
  EditRelationshipScreen,
  RelationshipScreen,
  WebScreen,
  CheckInScreen,
  StoryScreen,
  MyPractitionerScreen,
  ConnectScreen,
  SessionScreen,
  AccessLogScreen,
  PracticeHomeScreen,
  ClientScreen,
} from './screens.tsx';
import { useVaultSession } from '../state/vault-session.tsx';

function UnlockedScreen() {
  const { route } = useRouter();
  switch (route.name) {
    case 'journal':
      return <JournalScreen />;
    case 'journal-new':
      return <NewEntryScreen />;
    case 'journal-entry':
      return <EntryScreen id={route.id} />;
    case 'parts':
      return <PartsScreen />;
    case 'parts-new':
      return <NewPartScreen />;
    case 'parts-map':
      return <PartsMapScreen />;
    case 'part':
      return <PartScreen id={route.id} />;
    case 'part-edit':
      return <EditPartScreen id={route.id} />;
    case 'part-meet':
      return <MeetScreen partId={route.id} />;
    case 'part-story':
      return <StoryScreen id={route.id} />;
    case 'meet':
      return <MeetScreen />;
    case 'grief':
      return <GriefListScreen />;
    case 'grief-new':
      return <BeginGriefScreen />;
    case 'grief-entry':
      return <GriefScreen id={route.id} />;
    case 'pause':
      return <NewPauseScreen />;
    case 'pause-resume':
      return <ResumePauseScreen id={route.id} />;
    case 'people':
      return <RelationshipsScreen />;
    case 'people-new':
      return <NewRelationshipScreen />;
    case 'people-web':
      return <WebScreen />;
    case 'person':
      return <RelationshipScreen id={route.id} />;
    case 'person-edit':
      return <EditRelationshipScreen id={route.id} />;
    case 'person-check-in':
      return <CheckInScreen relationshipId={route.id} />;
    case 'resources':
      return <ResourcesScreen />;
    case 'patterns':
      return <PatternsScreen />;
    case 'pattern':
      return <PatternScreen id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'practitioner':
      return <MyPractitionerScreen />;
    case 'practitioner-session':
      return <SessionScreen />;
    case 'practitioner-log':
      return <AccessLogScreen />;
    case 'connect':
      return <ConnectScreen />;
    case 'practice':
      return <PracticeHomeScreen />;
    case 'practice-client':
      return <ClientScreen shareId={route.id} />;
    case 'support':
      return <SupportScreen />;
    case 'about':
      return <AboutScreen />;
    case 'not-found':
      return <NotFoundScreen />;
    default:
      return <HomeScreen />;
  }
}

/**
 * Everything that exists only while the vault is open. Locking unmounts it, so every decrypted object
 * and unsaved draft held in React state goes with it.
 */
export function UnlockedApp() {
  const session = useVaultSession();
  const { path } = useRouter();
  useAutoLock(session.settings.autoLockMinutes, session.lock);

  return (
    <DraftsProvider>
      <MeetingDraftsProvider>
        <MainNav />
        <main id="main" className="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <UnlockedScreen key={path} />
          </Suspense>
        </main>
      </MeetingDraftsProvider>
    </DraftsProvider>
  );
}
