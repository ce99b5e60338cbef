import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import './tour.css';

/** On home until the tour is taken or put aside: one quiet card, never a nudge that returns. */
export function TourOffer() {
  const session = useVaultSession();
  if (session.settings.hasSeenTour) return null;
  return (
    <section className="tour-offer" aria-labelledby="tour-offer-heading">
      <h2 id="tour-offer-heading">
        <Trans>New to Tend?</Trans>
      </h2>
      <p>
        <Trans>A short tour: parts, Pause, and who can read what you write. Three pages.</Trans>
      </p>
      <div className="actions">
        <Link to="/tour" className="button primary">
          <Trans>Take the tour</Trans>
        </Link>
        <button
          type="button"
          className="link-button"
          // If the setting cannot be kept, the card simply stays; there is nothing else to tell.
          onClick={() => void session.updateSettings({ hasSeenTour: true }).catch(() => undefined)}
        >
          <Trans>Not now</Trans>
        </button>
      </div>
    </section>
  );
}
