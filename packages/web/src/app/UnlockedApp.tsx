import { lazy, Suspense } from 'react';
import { useAutoLock } from '../lock/use-auto-lock.ts';
import { useRouter } from '../router/router.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { InboxOpenedNotice } from '../screens/locked/InboxOpenedNotice.tsx';
import { ChosenSpanProvider } from '../screens/looking-back/chosen-span.tsx';
import { MeetingDraftsProvider } from '../screens/meetings/meeting-drafts.tsx';
import { NotFoundScreen } from '../screens/not-found/NotFoundScreen.tsx';
import { useApp } from '../state/app-provider.tsx';
import { useVaultOpening } from '../state/use-vault-objects.ts';
import { useVaultSession } from '../state/vault-session.tsx';
import { Loading } from '../ui/Loading.tsx';
import { StillOpening } from '../ui/StillOpening.tsx';
import { NoticedSaving } from '../noticing/NoticedSaving.tsx';
import { MainNav } from './MainNav.tsx';
import { gateRoute, isFlowRoute, isOpenRoute, showRoute, useRoute } from './routing.ts';

const PendingRecoveryCode = lazy(() =>
  import('../screens/recovery/PendingRecoveryCode.tsx').then((m) => ({ default: m.PendingRecoveryCode })),
);

/**
 * While the vault's records are still opening, home shows (it says so where its lists would be) and
 * so do the screens open to everyone; every other screen waits, saying so, rather than show a part of
 * what the vault holds as if it were all of it.
 */
function UnlockedScreen() {
  const route = useRoute();
  const isOpening = useVaultOpening();
  const shown = gateRoute(route, 'unlocked');
  if (isOpening && shown !== 'home' && !isOpenRoute(route)) return <StillOpening />;
  return showRoute(route, 'unlocked') ?? <NotFoundScreen />;
}

/**
 * Everything that exists only while the vault is open. Locking unmounts it, so every decrypted object
 * and unsaved draft held in React state goes with it.
 */
export function UnlockedApp() {
  const { vault } = useApp();
  const session = useVaultSession();
  const { path } = useRouter();
  const route = useRoute();
  // A flow has the screen to itself: no bar can cover its buttons, and leaving is its own choice.
  const isFlow = isFlowRoute(route);
  useAutoLock(session.settings.autoLockMinutes, session.lock, vault.quickUnlock.stillHere);

  // A recovery code not yet kept owns the screen; what is open while locked (Support now, Pause) stays.
  const isOpenWhileLocked = gateRoute(route, 'locked') === route.name;
  if (session.isRecoveryCodePending && !isOpenWhileLocked) {
    return (
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <PendingRecoveryCode />
        </Suspense>
      </main>
    );
  }

  return (
    <NoticedSaving>
      <DraftsProvider>
        <MeetingDraftsProvider>
          <ChosenSpanProvider>
            {isFlow ? null : <MainNav />}
            <main id="main" className={isFlow ? 'main main-flow' : 'main'} tabIndex={-1}>
              <InboxOpenedNotice />
              <Suspense fallback={<Loading />}>
                <UnlockedScreen key={path} />
              </Suspense>
            </main>
          </ChosenSpanProvider>
        </MeetingDraftsProvider>
      </DraftsProvider>
    </NoticedSaving>
  );
}
