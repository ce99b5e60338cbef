import { useReducer } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useSyncState } from '../../state/use-sync-state.ts';
import { AccountSection } from './AccountSection.tsx';
import { DeviceSection } from './DeviceSection.tsx';
import { PasskeysSection } from './PasskeysSection.tsx';
import { PassphraseSection } from './PassphraseSection.tsx';
import { RecoveryCodeSection } from './RecoveryCodeSection.tsx';
import { RememberDeviceSection } from './RememberDeviceSection.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

/** Settings › Account and devices: the account and sync, the ways in, and this device. */
export function AccountSettingsScreen() {
  const { vault } = useApp();
  // The account can change here (added, deleted) or in sync; both re-read it.
  useSyncState();
  const [, accountChanged] = useReducer((n: number) => n + 1, 0);
  const account = vault.account();

  return (
    <SettingsSectionPage section="account">
      <AccountSection account={account} onAccountChanged={accountChanged} />
      <RememberDeviceSection />
      <PasskeysSection />
      <PassphraseSection />
      <RecoveryCodeSection account={account} />
      <DeviceSection account={account} onAccountChanged={accountChanged} />
    </SettingsSectionPage>
  );
}
