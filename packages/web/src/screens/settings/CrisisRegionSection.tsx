import { Trans, useLingui } from '@lingui/react/macro';
import { crisisRegions } from '@tend/core';
import { useId } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

/** The region Support now shows crisis lines for: the person's choice, never a guess. */
export function CrisisRegionSection() {
  const session = useVaultSession();
  const { t } = useLingui();
  const regionId = useId();
  const action = useAction();
  const choose = (region: string | null) => void action.run(() => session.updateSettings({ region }));

  return (
    <section className="settings-section" aria-labelledby="crisis-region-heading">
      <h2 id="crisis-region-heading">
        <Trans>Crisis lines</Trans>
      </h2>
      <div className="field">
        <label htmlFor={regionId}>
          <Trans>Region for crisis lines</Trans>
        </label>
        <select
          id={regionId}
          value={session.settings.region ?? ''}
          onChange={(e) => choose(e.target.value || null)}
          aria-describedby={`${regionId}-hint`}
        >
          <option value="">{t`Not chosen`}</option>
          {crisisRegions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${regionId}-hint`}>
          <Trans>You choose it; Tend never guesses where you are.</Trans>
        </p>
      </div>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
