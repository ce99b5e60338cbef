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
          My practitioner
        </Link>
      ) : null}
      {snapshot.isPractitioner ? (
        <Link to="/practice" className="button">
          Your practice
        </Link>
      ) : null}
    </>
  );
}
