import { useLingui } from '@lingui/react/macro';
import { Page } from '../../ui/Page.tsx';
import { NotFoundScreen } from '../not-found/NotFoundScreen.tsx';
import { accountPages, isAccountPage, type AccountPageKey } from './account-pages.ts';
import { DeleteSection, LockSection } from './DeviceSection.tsx';
import { PasskeysSection } from './PasskeysSection.tsx';
import { PassphraseSection } from './PassphraseSection.tsx';
import { RecoveryCodeSection } from './RecoveryCodeSection.tsx';
import { RememberDeviceSection } from './RememberDeviceSection.tsx';
import { useAccount } from './use-account.ts';
import { settingsSections } from './settings-sections.ts';
import './settings.css';
import './settings-page.css';

function AccountPageContent({ page }: { page: AccountPageKey }) {
  const [account, accountChanged] = useAccount();
  switch (page) {
    case 'device':
      return (
        <>
          <RememberDeviceSection />
          <LockSection />
        </>
      );
    case 'passkeys':
      return <PasskeysSection />;
    case 'passphrase':
      return <PassphraseSection />;
    case 'recovery':
      return <RecoveryCodeSection account={account} />;
    case 'leaving':
      return <DeleteSection account={account} onAccountChanged={accountChanged} />;
  }
}

/** At /settings/account/:id (passkeys, recovery…): one topic of Account and devices on a page of its own. */
export function AccountPageScreen({ id: page }: { id: string }) {
  const { i18n } = useLingui();
  if (!isAccountPage(page)) return <NotFoundScreen />;
  return (
    <Page
      title={i18n._(accountPages[page].title)}
      className="settings settings-page"
      back={{ to: '/settings/account', label: i18n._(settingsSections.account.title) }}
    >
      <AccountPageContent page={page} />
    </Page>
  );
}
