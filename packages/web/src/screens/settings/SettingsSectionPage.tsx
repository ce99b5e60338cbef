import { useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Page } from '../../ui/Page.tsx';
import { settingsSections, type SettingsSectionKey } from './settings-sections.ts';
import './settings.css';
import './settings-page.css';

/** One section of Settings on a page of its own: its own heading, and the way back to the index. */
export function SettingsSectionPage({
  section,
  children,
}: {
  section: SettingsSectionKey;
  children: ReactNode;
}) {
  const { i18n, t } = useLingui();
  return (
    <Page
      title={i18n._(settingsSections[section].title)}
      className="settings settings-page"
      back={{ to: '/settings', label: t`Settings` }}
    >
      {children}
    </Page>
  );
}
