import { useLingui } from '@lingui/react/macro';
import { AccountSection } from './AccountSection.tsx';
import { accountPageList } from './account-pages.ts';
import { SettingsCards } from './SettingsCards.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';
import { useAccount } from './use-account.ts';

/** Settings › Account and devices: the account and sync, then a page for each way in and this device. */
export function AccountSettingsScreen() {
  const [account, accountChanged] = useAccount();
  const { t } = useLingui();
  return (
    <SettingsSectionPage section="account">
      <AccountSection account={account} onAccountChanged={accountChanged} />
      <nav className="settings-section" aria-label={t`Ways in and this device`}>
        <SettingsCards cards={accountPageList} />
      </nav>
    </SettingsSectionPage>
  );
}
