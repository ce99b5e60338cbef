import { useLingui } from '@lingui/react/macro';
import { Page } from '../../ui/Page.tsx';
import { SettingsCards } from './SettingsCards.tsx';
import { settingsSectionList } from './settings-sections.ts';

/**
 * Settings as a short index of its sections, each a page of its own, so a person finds the one thing
 * they came for without scrolling past everything else. Loaded lazily: most visits never open it.
 */
export function SettingsScreen() {
  const { t } = useLingui();
  return (
    <Page title={t`Settings`} className="settings">
      <SettingsCards cards={settingsSectionList} />
    </Page>
  );
}
