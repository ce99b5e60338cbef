import { msg } from '@lingui/core/macro';
import type { SettingsCard } from './SettingsCards.tsx';

/** The sections Settings is made of: each is a page of its own, listed on the Settings index. */
export type SettingsSectionKey = 'account' | 'privacy' | 'support' | 'data' | 'practice' | 'about';

export interface SettingsSection extends SettingsCard {
  readonly key: SettingsSectionKey;
  readonly path: `/settings/${SettingsSectionKey}`;
}

/** In the order the index lists them. */
export const settingsSections = {
  account: {
    key: 'account',
    path: '/settings/account',
    title: msg`Account and devices`,
    description: msg`Sync, passkeys, passphrase, recovery code.`,
    iconPath: 'M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM5 20c0-3.5 3-6 7-6s7 2.5 7 6',
  },
  privacy: {
    key: 'privacy',
    path: '/settings/privacy',
    title: msg`Privacy and noticing`,
    description: msg`Locking, gentle noticing, On this day, theme.`,
    iconPath: 'M12 3 5 6v5c0 4.5 3 8 7 10 4-2 7-5.5 7-10V6zM9.5 12l2 2 3.5-3.5',
  },
  support: {
    key: 'support',
    path: '/settings/support',
    title: msg`Support and safety plan`,
    description: msg`Your resources, safety plan, crisis lines.`,
    iconPath: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  },
  data: {
    key: 'data',
    path: '/settings/data',
    title: msg`Your data`,
    description: msg`Export, backup, import, reminders.`,
    iconPath: 'M4 8h16v11H4zM4 8l2-3h12l2 3M12 11v5M9.5 13.5 12 16l2.5-2.5',
  },
  practice: {
    key: 'practice',
    path: '/settings/practice',
    title: msg`Practice`,
    description: msg`Sharing with a practitioner, or your practice.`,
    iconPath: 'M4 5h11v8H8l-4 3zM15 9h5v8l-3-2h-5v-2',
  },
  about: {
    key: 'about',
    path: '/settings/about',
    title: msg`About`,
    description: msg`What Tend is, and how it keeps you private.`,
    iconPath: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.01',
  },
} as const satisfies { readonly [K in SettingsSectionKey]: SettingsSection & { readonly key: K } };

export const settingsSectionList: readonly SettingsSection[] = Object.values(settingsSections);
