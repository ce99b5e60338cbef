import { CrisisRegionSection } from './CrisisRegionSection.tsx';
import { ResourcesSection } from './ResourcesSection.tsx';
import { SafetyPlanLinkSection } from './SafetyPlanLinkSection.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

/** Settings › Support and safety plan: what steadies the person, and where help is when it is hard. */
export function SupportSettingsScreen() {
  return (
    <SettingsSectionPage section="support">
      <ResourcesSection />
      <SafetyPlanLinkSection />
      <CrisisRegionSection />
    </SettingsSectionPage>
  );
}
