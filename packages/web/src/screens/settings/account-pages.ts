import { msg } from '@lingui/core/macro';
import type { SettingsCard } from './SettingsCards.tsx';

/** The pages under Settings › Account and devices, one topic each. */
export type AccountPageKey = 'device' | 'passkeys' | 'passphrase' | 'recovery' | 'leaving';

export interface AccountPage extends SettingsCard {
  readonly key: AccountPageKey;
  readonly path: `/settings/account/${AccountPageKey}`;
}

/** In the order the Account page lists them. */
export const accountPages = {
  device: {
    key: 'device',
    path: '/settings/account/device',
    title: msg`This device`,
    description: msg`Remember your vault here, or lock it now.`,
    iconPath: 'M7 3h10v18H7zM11 18h2',
  },
  passkeys: {
    key: 'passkeys',
    path: '/settings/account/passkeys',
    title: msg`Passkeys`,
    description: msg`Open your vault with a touch instead of your passphrase.`,
    iconPath: 'M9 12a4 4 0 1 1 3.5-6M12.5 10H21v3M18 10v3M5 20c0-2.5 2-4.5 4.5-4.5',
  },
  passphrase: {
    key: 'passphrase',
    path: '/settings/account/passphrase',
    title: msg`Passphrase`,
    description: msg`Change the passphrase you unlock Tend with.`,
    iconPath: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  },
  recovery: {
    key: 'recovery',
    path: '/settings/account/recovery',
    title: msg`Recovery code`,
    description: msg`Your way back in if you forget your passphrase.`,
    iconPath: 'M4 12a8 8 0 1 0 2.5-5.8M4 4v4h4',
  },
  leaving: {
    key: 'leaving',
    path: '/settings/account/leaving',
    title: msg`Deleting`,
    description: msg`Delete your account from the server, or this device's vault.`,
    iconPath: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
  },
} as const satisfies { readonly [K in AccountPageKey]: AccountPage & { readonly key: K } };

export const accountPageList: readonly AccountPage[] = Object.values(accountPages);

export const isAccountPage = (value: string): value is AccountPageKey => value in accountPages;
