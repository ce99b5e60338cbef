import { useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { Breath } from '../../ui/Breath.tsx';
import { CrisisLines } from './CrisisLines.tsx';
import { SafetyPlanSection } from './SafetyPlanSection.tsx';
import './support.css';

/** One tap from every screen, with or without a vault, locked or not. */
export function SupportScreen() {
  const session = useVaultSession();
  const [region, setRegion] = useState(session.settings.region);

  const chooseRegion = (code: string) => {
    setRegion(code);
    // Remembering the choice is a kindness, not a need: the list shows even if it cannot be saved.
    session.updateSettings({ region: code }).catch(() => undefined);
  };

  return (
    <Page title="Support now" className="support">
      <p className="lead">You are not alone with this. Take whatever helps, one small step at a time.</p>
      <CrisisLines region={region} onRegion={chooseRegion} />
      <SafetyPlanSection />
      <Breath />
    </Page>
  );
}
