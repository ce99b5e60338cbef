import { I18nProvider } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { Suspense, useEffect } from 'react';
import type { AppContext } from '../app-context.ts';
import { CrisisOfferBanner } from '../noticing/CrisisOffer.tsx';
import { NoticingProvider } from '../noticing/noticing-provider.tsx';
import { lazyScreen } from '../router/lazy-screen.ts';
import { RouterProvider, useRouter } from '../router/router.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { WelcomeScreen } from '../screens/welcome/WelcomeScreen.tsx';
import { AppProvider } from '../state/app-provider.tsx';
import { useVaultSession, VaultSessionProvider } from '../state/vault-session.tsx';
import { i18n } from '../i18n/activate.ts';
import { useTheme } from '../theme/use-theme.ts';
import { Loading } from '../ui/Loading.tsx';
import type { VaultStatus } from '../vault/vault-service.ts';
import { matchRoute, preloadRoute, showRoute, useRoute } from './routing.ts';
import { TopBar } from './TopBar.tsx';
import { markVaultHere } from './vault-here.ts';

// The welcome screen is in the first load (every first visit shows it); what comes after the door is not.
const UnlockScreen = lazyScreen(() =>
  import('../screens/unlock/UnlockScreen.tsx').then((m) => m.UnlockScreen),
);
const UnlockedApp = lazyScreen(() => import('./UnlockedApp.tsx').then((m) => m.UnlockedApp));

/**
 * For the session provider: the screens a status will show are loaded before the session takes it on,
 * so the screen that asked (Unlock, the recovery kit, Sign in) stays, busy, until the next one can show
 * at once, and a first screen never flashes a placeholder. A failed load does not stop the change: the
 * screens then load behind the placeholder as they would have anyway.
 */
export function prepareFor(status: VaultStatus): Promise<unknown> {
  const route = matchRoute(window.location.pathname);
  const shell = status === 'unlocked' ? UnlockedApp : status === 'locked' ? UnlockScreen : null;
  return Promise.all([preloadRoute(route, status), shell?.preload()]);
}

/**
 * What opens after the door (the open vault's frame and the screen it lands on), loaded ahead once the
 * person has begun to make, unlock or sign in to a vault, so it is here by the time the door opens.
 */
export function preloadAfterDoor(): Promise<unknown> {
  return Promise.all([UnlockedApp.preload(), preloadRoute(matchRoute(window.location.pathname), 'unlocked')]);
}

/**
 * What shows until the vault's status is known: the frame and top bar every screen has. index.html
 * holds the same markup, so the page shows it before any script has run and React's first render
 * changes nothing on screen.
 */
export function Opening() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <TopBar onLock={null} isPauseShown={false} />
      <main id="main" className="main" tabIndex={-1}>
        <Loading />
      </main>
    </div>
  );
}

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

function Shell({ onFirstScreen }: { onFirstScreen: (() => void) | undefined }) {
  const session = useVaultSession();
  const { navigate } = useRouter();
  const route = useRoute();
  const isUnlocked = session.status === 'unlocked';
  useTheme(session.settings.theme);

  useEffect(() => {
    if (isUnlocked && (route.name === 'welcome' || route.name === 'unlock')) navigate('/', { replace: true });
  }, [isUnlocked, route.name, navigate]);

  useEffect(() => {
    onFirstScreen?.();
  }, [onFirstScreen]);

  useEffect(() => {
    markVaultHere(session.status !== 'none');
  }, [session.status]);

  return (
    <div className={isUnlocked ? 'app app-unlocked' : 'app'}>
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <TopBar onLock={isUnlocked ? session.lock : null} isPauseShown={session.status !== 'none'} />
      {/* Remounted when the vault opens or closes, so nothing noticed outlives a lock. */}
      <NoticingProvider key={session.status} isGentleOn={session.settings.isNoticingOn}>
        {isUnlocked ? (
          <Suspense fallback={<Loading />}>
            <UnlockedApp />
          </Suspense>
        ) : (
          <ClosedScreen />
        )}
        <CrisisOfferBanner />
      </NoticingProvider>
    </div>
  );
}

interface AppProps {
  readonly context: AppContext;
  /** Called once the first real screen (not the placeholder) is on the page. */
  readonly onFirstScreen?: () => void;
  /**
   * Nothing suggests a vault on this device (`looksLikeFirstVisit`): the welcome shows at once, the
   * real form, while IndexedDB is asked; should it hold a vault after all, its door replaces the welcome.
   */
  readonly isFirstVisit?: boolean;
}

export function App({ context, onFirstScreen, isFirstVisit = false }: AppProps) {
  return (
    <I18nProvider i18n={i18n}>
      <AppProvider value={context}>
        <RouterProvider>
          <VaultSessionProvider
            fallback={<Opening />}
            prepare={prepareFor}
            assumed={isFirstVisit ? 'none' : null}
          >
            <Shell onFirstScreen={onFirstScreen} />
          </VaultSessionProvider>
        </RouterProvider>
      </AppProvider>
    </I18nProvider>
  );
}
