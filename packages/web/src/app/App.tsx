import { Suspense, useEffect } from 'react';
import type { AppContext } from '../app-context.ts';
import { CrisisOfferBanner } from '../noticing/CrisisOffer.tsx';
import { NoticingProvider } from '../noticing/noticing-provider.tsx';
import { RouterProvider, useRouter } from '../router/router.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { UnlockScreen } from '../screens/unlock/UnlockScreen.tsx';
import { WelcomeScreen } from '../screens/welcome/WelcomeScreen.tsx';
import { AppProvider } from '../state/app-provider.tsx';
import { useVaultSession, VaultSessionProvider } from '../state/vault-session.tsx';
import { useTheme } from '../theme/use-theme.ts';
import { Loading } from '../ui/Loading.tsx';
import { showRoute, useRoute } from './routing.ts';
import { TopBar } from './TopBar.tsx';
import { UnlockedApp } from './UnlockedApp.tsx';

/**
 * The screens a device with no open vault can show: the routes open to everyone, the few that write
 * into the locked inbox while locked (with drafts of their own, dropped like every other at unlock),
 * else the door.
 */
function ClosedScreen() {
  const { status } = useVaultSession();
  const { path } = useRouter();
  const route = useRoute();
  const content = showRoute(route, status) ?? (status === 'none' ? <WelcomeScreen /> : <UnlockScreen />);
  return (
    <main id="main" className="main" tabIndex={-1} key={path}>
      <DraftsProvider>
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </DraftsProvider>
    </main>
  );
}

function Shell() {
  const session = useVaultSession();
  const { navigate } = useRouter();
  const route = useRoute();
  const isUnlocked = session.status === 'unlocked';
  useTheme(session.settings.theme);

  useEffect(() => {
    if (isUnlocked && (route.name === 'welcome' || route.name === 'unlock')) navigate('/', { replace: true });
  }, [isUnlocked, route.name, navigate]);

  return (
    <div className={isUnlocked ? 'app app-unlocked' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar onLock={isUnlocked ? session.lock : null} isPauseShown={session.status !== 'none'} />
      {/* Remounted when the vault opens or closes, so nothing noticed outlives a lock. */}
      <NoticingProvider key={session.status} isGentleOn={session.settings.isNoticingOn}>
        {isUnlocked ? <UnlockedApp /> : <ClosedScreen />}
        <CrisisOfferBanner />
      </NoticingProvider>
    </div>
  );
}

export function App({ context }: { context: AppContext }) {
  return (
    <AppProvider value={context}>
      <RouterProvider>
        <VaultSessionProvider fallback={<Loading />}>
          <Shell />
        </VaultSessionProvider>
      </RouterProvider>
    </AppProvider>
  );
}
