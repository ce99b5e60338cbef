import { ExportImportSection } from './ExportImportSection.tsx';
import { RemindersSection } from './RemindersSection.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

/** Settings › Your data: export, backup, import, bringing in from other apps, and reminders. */
export function DataSettingsScreen() {
  return (
    <SettingsSectionPage section="data">
      <ExportImportSection />
      <RemindersSection />
    </SettingsSectionPage>
  );
}
