import { Trans, useLingui } from '@lingui/react/macro';
import { suggestRegion } from '@tend/core';
import { useMemo, useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { Breath } from '../../ui/Breath.tsx';
import { CrisisLines } from './CrisisLines.tsx';
import { deviceHints } from './device-hints.ts';
import { SafetyPlanSection } from './SafetyPlanSection.tsx';
import './support.css';

/** One tap from every screen, with or without a vault, locked or not; something to call at once. */
export function SupportScreen() {
  const { t, i18n } = useLingui();
  const session = useVaultSession();
  const [region, setRegion] = useState(session.settings.region);
  // Worked out again when the language changes: a language chosen for Tend names its own region first.
  const suggestion = useMemo(() => (region ? null : suggestRegion(deviceHints())), [region, i18n.locale]);

  const chooseRegion = (code: string) => {
    setRegion(code);
    // Remembering the choice is a kindness, not a need: the list shows even if it cannot be saved.
    session.updateSettings({ region: code }).catch(() => undefined);
  };

  return (
    <Page title={t`Support now`} className="support">
      <p className="lead">
        <Trans>You are not alone with this.</Trans>
      </p>
      <CrisisLines region={region} suggestion={suggestion} onRegion={chooseRegion} />
      <p className="lead">
        <Trans>Take whatever helps, one small step at a time.</Trans>
      </p>
      <SafetyPlanSection />
      <Breath />
    </Page>
  );
}
