import { PreferencesSection } from './PreferencesSection.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

/** Settings › Privacy and noticing: this device's preferences, locking and gentle noticing among them. */
export function PrivacySettingsScreen() {
  return (
    <SettingsSectionPage section="privacy">
      <PreferencesSection />
    </SettingsSectionPage>
  );
}
