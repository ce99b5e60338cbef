import { PractitionerSection } from './PractitionerSection.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

/** Settings › Practice: the way to a practitioner, and to a practice of one's own. */
export function PracticeSettingsScreen() {
  return (
    <SettingsSectionPage section="practice">
      <PractitionerSection />
    </SettingsSectionPage>
  );
}
