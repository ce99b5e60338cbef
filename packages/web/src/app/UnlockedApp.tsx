import { Suspense } from 'react';
import { useRouter } from '../router/router.tsx';
import { useAutoLock } from '../lock/use-auto-lock.ts';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';
import { DraftsProvider } from '../screens/journal/drafts.tsx';
import { EntryScreen } from '../screens/journal/EntryScreen.tsx';
import { JournalScreen } from '../screens/journal/JournalScreen.tsx';
import { NewEntryScreen } from '../screens/journal/NewEntryScreen.tsx';
import { SupportScreen } from '../screens/support/SupportScreen.tsx';
import { MainNav } from './MainNav.tsx';
import { AboutScreen, Loading, NotFoundScreen, SettingsScreen } from './screens.tsx';
import { useVaultSession } from './vault-session.tsx';

function UnlockedScreen() {
  const { route } = useRouter();
  switch (route.name) {
    case 'journal':
      return <JournalScreen />;
    case 'journal-new':
      return <NewEntryScreen />;
    case 'journal-entry':
      return <EntryScreen id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
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
      <MainNav />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <UnlockedScreen key={path} />
        </Suspense>
      </main>
    </DraftsProvider>
  );
}
