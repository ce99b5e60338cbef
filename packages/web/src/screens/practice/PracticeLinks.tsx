import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { activeConnections, usePracticeSnapshot } from '../../state/use-practice.ts';

/** Home's way into the practitioner space, only for those who use it: nothing for everyone else. */
export function PracticeLinks() {
  const snapshot = usePracticeSnapshot();
  const hasConnection = activeConnections(snapshot).length > 0;
  return (
    <>
      {hasConnection ? (
        <Link to="/practitioner" className="button">
          <Trans>My practitioner</Trans>
        </Link>
      ) : null}
      {snapshot.isPractitioner ? (
        <Link to="/practice" className="button">
          <Trans>Your practice</Trans>
        </Link>
      ) : null}
    </>
  );
}
