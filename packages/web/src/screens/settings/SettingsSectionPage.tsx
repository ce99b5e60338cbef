import type { ReactNode } from 'react';
import { Page } from '../../ui/Page.tsx';
import { settingsSections, type SettingsSectionKey } from './settings-sections.ts';
import './settings.css';
import './settings-page.css';

const backToSettings = { to: '/settings', label: 'Settings' } as const;

/** One section of Settings on a page of its own: its own heading, and the way back to the index. */
export function SettingsSectionPage({
  section,
  children,
}: {
  section: SettingsSectionKey;
  children: ReactNode;
}) {
  return (
    <Page title={settingsSections[section].title} className="settings settings-page" back={backToSettings}>
      {children}
    </Page>
  );
}
