import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { breathRhythm, nextPhase } from './breath-rhythm.ts';
import './breath.css';

/**
 * A guided breath: a circle grows as you breathe in and settles as you breathe out. Under reduced
 * motion the circle stays still (see breath.css) and the words alone keep the rhythm.
 */
export function Breath() {
  const { t, i18n } = useLingui();
  const [isBreathing, setIsBreathing] = useState(false);
  const [index, setIndex] = useState(0);
  const phase = breathRhythm[index] ?? breathRhythm[0];

  useEffect(() => {
    if (!isBreathing) return;
    const timer = setTimeout(() => setIndex(nextPhase), phase.ms);
    return () => clearTimeout(timer);
  }, [isBreathing, index, phase.ms]);

  const toggle = () => {
    setIndex(0);
    setIsBreathing((v) => !v);
  };

  return (
    <section className="breath" aria-labelledby="breath-heading">
      <h2 id="breath-heading">
        <Trans>Breathe for a moment</Trans>
      </h2>
      <p>
        <Trans>
          If it helps, follow the circle: in as it grows, slowly out as it settles. Stop whenever you like.
        </Trans>
      </p>
      <div className="breath-stage">
        <div
          className={`breath-circle ${isBreathing ? `breath-${phase.phase}` : 'breath-rest'}`}
          aria-hidden="true"
        />
        <p className="breath-cue" aria-live="polite">
          {isBreathing ? i18n._(phase.cue) : t`Ready when you are.`}
        </p>
      </div>
      <div className="actions">
        <button type="button" className={isBreathing ? undefined : 'primary'} onClick={toggle}>
          {isBreathing ? t`Stop breathing guide` : t`Start breathing guide`}
        </button>
      </div>
    </section>
  );
}
