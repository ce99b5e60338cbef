import { useReducer } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useSyncState } from '../../state/use-sync-state.ts';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { AccountSection } from './AccountSection.tsx';
import { DeviceSection } from './DeviceSection.tsx';
import { ExportImportSection } from './ExportImportSection.tsx';
import { PasskeysSection } from './PasskeysSection.tsx';
import { PassphraseSection } from './PassphraseSection.tsx';
import { PreferencesSection } from './PreferencesSection.tsx';
import { RecoveryCodeSection } from './RecoveryCodeSection.tsx';
import { RememberDeviceSection } from './RememberDeviceSection.tsx';
import './settings.css';

/** Loaded lazily: most visits never open it. */
export function SettingsScreen() {
  const { vault } = useApp();
  // The account can change here (added, deleted) or in sync; both re-read it.
  useSyncState();
  const [, accountChanged] = useReducer((n: number) => n + 1, 0);
  const account = vault.account();

  return (
    <Page title="Settings" className="settings">
      <AccountSection account={account} onAccountChanged={accountChanged} />
      <PreferencesSection />
      <RememberDeviceSection />
      <PasskeysSection />
      <section className="settings-section" aria-labelledby="resources-heading">
        <h2 id="resources-heading">Your resources</h2>
        <p>The people, places, practices and phrases that steady you. Pause shows them when you need them.</p>
        <p>
          <Link to="/resources">See and edit your resources</Link>
        </p>
      </section>
      <section className="settings-section" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p>Off unless you make one: your own words, on the days and at the times you choose.</p>
        <p>
          <Link to="/settings/reminders">Reminders</Link>
        </p>
      </section>
      <section className="settings-section" aria-labelledby="practitioner-heading">
        <h2 id="practitioner-heading">Sharing with a practitioner</h2>
        <p>
          If you see a therapist, counsellor or coach, you can choose things to share with them, sealed so the
          server cannot read them. You can stop at any time.
        </p>
        <p>
          <Link to="/practitioner">My practitioner</Link>
        </p>
        <p className="quiet">
          If you are a practitioner yourself: <Link to="/practice">your practice</Link>.
        </p>
      </section>
      <PassphraseSection />
      <RecoveryCodeSection account={account} />
      <ExportImportSection />
      <DeviceSection account={account} onAccountChanged={accountChanged} />
    </Page>
  );
}
