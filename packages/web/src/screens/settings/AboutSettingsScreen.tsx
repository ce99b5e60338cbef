import { msg } from '@lingui/core/macro';
import { SettingsCards, type SettingsCard } from './SettingsCards.tsx';
import { SettingsSectionPage } from './SettingsSectionPage.tsx';

const aboutCards: readonly SettingsCard[] = [
  {
    key: 'about-tend',
    path: '/about',
    title: msg`About Tend`,
    description: msg`What Tend is and is not, and your privacy.`,
    iconPath: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.01',
  },
  {
    key: 'install',
    path: '/install',
    title: msg`Install Tend`,
    description: msg`On your home screen or desktop, like an app.`,
    iconPath:
      'M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM12 7v7M9.5 11.5 12 14l2.5-2.5M11 18h2',
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
