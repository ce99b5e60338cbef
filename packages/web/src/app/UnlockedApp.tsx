import { Suspense } from 'react';
import { useAutoLock } from '../lock/use-auto-lock.ts';
import { useRouter } from '../router/router.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { MeetingDraftsProvider } from '../screens/meetings/meeting-drafts.tsx';
import { NotFoundScreen } from '../screens/not-found/NotFoundScreen.tsx';
import { useVaultSession } from '../state/vault-session.tsx';
import { Loading } from '../ui/Loading.tsx';
import { MainNav } from './MainNav.tsx';
import { showRoute, useRoute } from './routing.ts';

function UnlockedScreen() {
  const route = useRoute();
  return showRoute(route, 'unlocked') ?? <NotFoundScreen />;
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
