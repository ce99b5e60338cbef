import { lazy } from 'react';
import { Link } from '../router/router.tsx';
import { Page } from '../ui/Page.tsx';

// Rarely used screens load on first visit, keeping the first load small.
export const SettingsScreen = lazy(() =>
  import('../screens/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })),
);
export const AboutScreen = lazy(() =>
  import('../screens/about/AboutScreen.tsx').then((m) => ({ default: m.AboutScreen })),
);

// The inner-relationship screens load on first visit too: each is its own small chunk.
export const PartsScreen = lazy(() =>
  import('../screens/parts/PartsScreen.tsx').then((m) => ({ default: m.PartsScreen })),
);
export const NewPartScreen = lazy(() =>
  import('../screens/parts/NewPartScreen.tsx').then((m) => ({ default: m.NewPartScreen })),
);
export const EditPartScreen = lazy(() =>
  import('../screens/parts/EditPartScreen.tsx').then((m) => ({ default: m.EditPartScreen })),
);
export const PartScreen = lazy(() =>
  import('../screens/parts/PartScreen.tsx').then((m) => ({ default: m.PartScreen })),
);
export const PartsMapScreen = lazy(() =>
  import('../screens/parts/PartsMapScreen.tsx').then((m) => ({ default: m.PartsMapScreen })),
);
export const MeetScreen = lazy(() =>
  import('../screens/meetings/MeetScreen.tsx').then((m) => ({ default: m.MeetScreen })),
);
export const StoryScreen = lazy(() =>
  import('../screens/meetings/StoryScreen.tsx').then((m) => ({ default: m.StoryScreen })),
);
export const GriefListScreen = lazy(() =>
  import('../screens/grief/GriefListScreen.tsx').then((m) => ({ default: m.GriefListScreen })),
);
export const BeginGriefScreen = lazy(() =>
  import('../screens/grief/BeginGriefScreen.tsx').then((m) => ({ default: m.BeginGriefScreen })),
);
export const GriefScreen = lazy(() =>
  import('../screens/grief/GriefScreen.tsx').then((m) => ({ default: m.GriefScreen })),
);

// Pause loads on first visit: its own chunk, reached from the top bar on every screen.
export const NewPauseScreen = lazy(() =>
  import('../screens/pause/PauseScreen.tsx').then((m) => ({ default: m.NewPauseScreen })),
);
export const ResumePauseScreen = lazy(() =>
  import('../screens/pause/PauseScreen.tsx').then((m) => ({ default: m.ResumePauseScreen })),
);

// People, check-ins and the web: each screen its own small chunk, loaded on first visit.
export const RelationshipsScreen = lazy(() =>
  import('../screens/relationships/RelationshipsScreen.tsx').then((m) => ({
    default: m.RelationshipsScreen,
  })),
);
export const NewRelationshipScreen = lazy(() =>
  import('../screens/relationships/NewRelationshipScreen.tsx').then((m) => ({
    default: m.NewRelationshipScreen,
  })),
);
export const EditRelationshipScreen = lazy(() =>
  import('../screens/relationships/EditRelationshipScreen.tsx').then((m) => ({
    default: m.EditRelationshipScreen,
  })),
);
export const RelationshipScreen = lazy(() =>
  import('../screens/relationships/RelationshipScreen.tsx').then((m) => ({ default: m.RelationshipScreen })),
);
export const WebScreen = lazy(() =>
  import('../screens/relationships/WebScreen.tsx').then((m) => ({ default: m.WebScreen })),
);
export const CheckInScreen = lazy(() =>
  import('../screens/check-ins/CheckInScreen.tsx').then((m) => ({ default: m.CheckInScreen })),
);
export const ResourcesScreen = lazy(() =>
  import('../screens/resources/ResourcesScreen.tsx').then((m) => ({ default: m.ResourcesScreen })),
);
export const PatternsScreen = lazy(() =>
  import('../screens/patterns/PatternsScreen.tsx').then((m) => ({ default: m.PatternsScreen })),
);
export const PatternScreen = lazy(() =>
  import('../screens/patterns/PatternScreen.tsx').then((m) => ({ default: m.PatternScreen })),
);

// The practitioner space: most people never open it, so each of its screens is its own chunk.
export const MyPractitionerScreen = lazy(() =>
  import('../screens/practice/MyPractitionerScreen.tsx').then((m) => ({ default: m.MyPractitionerScreen })),
);
export const ConnectScreen = lazy(() =>
  import('../screens/practice/ConnectScreen.tsx').then((m) => ({ default: m.ConnectScreen })),
);
export const SessionScreen = lazy(() =>
  import('../screens/practice/SessionScreen.tsx').then((m) => ({ default: m.SessionScreen })),
);
export const AccessLogScreen = lazy(() =>
  import('../screens/practice/AccessLogScreen.tsx').then((m) => ({ default: m.AccessLogScreen })),
);
export const PracticeHomeScreen = lazy(() =>
  import('../screens/practice-clients/PracticeHomeScreen.tsx').then((m) => ({
    default: m.PracticeHomeScreen,
  })),
);
export const ClientScreen = lazy(() =>
  import('../screens/practice-clients/ClientScreen.tsx').then((m) => ({ default: m.ClientScreen })),
);
/** Home's links into the practitioner space, shown only to those who use it. */
export const PracticeLinks = lazy(() =>
  import('../screens/practice/PracticeLinks.tsx').then((m) => ({ default: m.PracticeLinks })),
);
/** "Share with my practitioner" on the journal entry, which is in the first load: the control itself is not. */
export const ShareWithPractitioner = lazy(() =>
  import('../screens/practice/ShareWithPractitioner.tsx').then((m) => ({ default: m.ShareWithPractitioner })),
);

export function NotFoundScreen() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </Page>
  );
}

export function Loading() {
  return (
    <p className="loading" role="status">
      One moment…
    </p>
  );
}
