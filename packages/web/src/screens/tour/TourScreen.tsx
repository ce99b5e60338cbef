import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useRouter } from '../../router/router.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { tourSteps } from './tour-steps.tsx';
import './tour.css';

/**
 * A short first-run tour, three pages, skippable at every step. Finishing or skipping it marks it seen
 * on this device, so home stops offering it; About Tend keeps a link to it.
 */
export function TourScreen() {
  const { t, i18n } = useLingui();
  const session = useVaultSession();
  const { navigate } = useRouter();
  const [index, setIndex] = useState(0);
  const step = tourSteps[index] ?? tourSteps[0];
  if (!step) return null;
  const isLast = index === tourSteps.length - 1;
  const number = index + 1;
  const total = tourSteps.length;

  const finish = () => {
    // Seen or not, the person goes home; a setting that could not be kept only means the offer stays.
    session.updateSettings({ hasSeenTour: true }).catch(() => undefined);
    navigate('/');
  };

  return (
    <Page title={t`A short tour`} heading={i18n._(step.heading)} className="tour">
      <p className="tour-count">
        <Trans>
          {number} of {total}
        </Trans>
      </p>
      <svg className="tour-drawing" viewBox="0 0 96 64" aria-hidden="true" focusable="false">
        {step.drawing}
      </svg>
      {step.body.map((sentence) => (
        <p key={sentence.id}>{i18n._(sentence)}</p>
      ))}
      <div className="actions tour-actions">
        {isLast ? (
          <button type="button" className="primary" onClick={finish}>
            <Trans>Begin</Trans>
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => setIndex(index + 1)}>
            <Trans>Next</Trans>
          </button>
        )}
        {index > 0 ? (
          <button type="button" onClick={() => setIndex(index - 1)}>
            <Trans>Back</Trans>
          </button>
        ) : null}
        {isLast ? null : (
          <button type="button" className="link-button" onClick={finish}>
            <Trans>Skip the tour</Trans>
          </button>
        )}
      </div>
    </Page>
  );
}
