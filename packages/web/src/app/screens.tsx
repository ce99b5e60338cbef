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
