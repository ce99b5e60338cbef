import { Link } from '../router/router.tsx';
import './noticing.css';

interface CrisisOfferProps {
  readonly isShown: boolean;
  readonly onNotNow: () => void;
}

/**
 * A calm offer of Support now when words sound very heavy. A status, not an alert: it never takes
 * focus, never blocks writing and never contacts anyone. The live region is always there, so it speaks.
 */
export function CrisisOffer({ isShown, onNotNow }: CrisisOfferProps) {
  return (
    <div role="status" className={isShown ? 'crisis-offer' : 'notice-empty'}>
      {isShown ? (
        <>
          <p>It sounds like things may be very heavy right now. Would you like to see Support now?</p>
          <div className="actions">
            <Link to="/support" className="button support-link">
              See Support now
            </Link>
            <button type="button" onClick={onNotNow}>
              Not now
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
