import { SettingsCards, type SettingsCard } from './SettingsCards.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

const aboutCards: readonly SettingsCard[] = [
  {
    key: 'about-tend',
    path: '/about',
    title: 'About Tend',
    description: 'What Tend is and is not, and your privacy.',
    icon: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.01',
  },
];

/** Settings › About: the way to Tend's own pages, which are open with or without a vault. */
export function AboutSettingsScreen() {
  return (
    <SettingsSectionPage section="about">
      <SettingsCards cards={aboutCards} />
    </SettingsSectionPage>
  );
}
