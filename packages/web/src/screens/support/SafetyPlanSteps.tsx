import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { safetyPlanCopy, safetyPlanSteps, type SafetyPlanFields } from '@tend/core';

interface SafetyPlanStepsProps {
  readonly plan: SafetyPlanFields;
  /** Steps with nothing written yet: shown with a soft placeholder, or left out (the locked copy). */
  readonly isShowingEmpty: boolean;
}

/** The plan's steps in the Stanley–Brown order, each a short list in the person's own words. */
export function SafetyPlanSteps({ plan, isShowingEmpty }: SafetyPlanStepsProps) {
  const word = useCoreWord();
  const steps = safetyPlanSteps.filter((step) => isShowingEmpty || plan[step].length > 0);
  return (
    <ol className="plan-steps">
      {steps.map((step) => (
        <li key={step} className="plan-step">
          <h3>{word(safetyPlanCopy[step].title)}</h3>
          {plan[step].length > 0 ? (
            <ul>
              {plan[step].map((item, index) => (
                <li key={`${index}-${item}`}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="quiet">
              <Trans>Nothing here yet.</Trans>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
