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
