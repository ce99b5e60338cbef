import { Link } from '../../router/router.tsx';
import { EndConnectionSection } from '../practice/EndConnectionSection.tsx';

/**
 * Shown in place of everything once the share is gone: nothing of what was shared stays on screen.
 * The practitioner's private notes are their own records, so they stay.
 */
export function ConnectionEnded() {
  return (
    <>
      <p className="plain-note" role="status">
        This connection has ended. What was shared is no longer available, here or on the server. Your private
        notes stay with you.
      </p>
      <p>
        <Link to="/practice">All clients</Link>
      </p>
    </>
  );
}

export function EndConnection({ name, onEnd }: { name: string; onEnd: () => Promise<void> }) {
  return (
    <EndConnectionSection name={name} onEnd={onEnd}>
      <p>
        Everything {name} shared, and everything you wrote to them, leaves the server at once. They will see
        that the connection has ended, and can connect again with a new invitation if you both wish. Your
        private notes stay with you.
      </p>
    </EndConnectionSection>
  );
}
