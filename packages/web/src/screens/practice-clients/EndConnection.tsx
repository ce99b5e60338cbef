import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
        <Trans>
          This connection has ended. What was shared is no longer available, here or on the server. Your
          private notes stay with you.
        </Trans>
      </p>
      <p>
        <Link to="/practice">
          <Trans>All clients</Trans>
        </Link>
      </p>
    </>
  );
}

/** A client whose name is not known, in place of a name in "End your connection with …?". */
const withThisClient = msg({
  message: 'this client',
  comment: 'In place of a name after "with": End your connection with this client?',
});

/** Ending from the practitioner's side; a client whose name is not known (yet) is "this client". */
export function EndConnection({ name, onEnd }: { name: string | null; onEnd: () => Promise<void> }) {
  const { i18n } = useLingui();
  return (
    <EndConnectionSection name={name ?? i18n._(withThisClient)} onEnd={onEnd}>
      <p>
        {name ? (
          <Trans>
            Everything {name} shared, and everything you wrote to them, leaves the server at once. They will
            see that the connection has ended, and can connect again with a new invitation if you both wish.
            Your private notes stay with you.
          </Trans>
        ) : (
          <Trans>
            Everything this client shared, and everything you wrote to them, leaves the server at once. They
            will see that the connection has ended, and can connect again with a new invitation if you both
            wish. Your private notes stay with you.
          </Trans>
        )}
      </p>
    </EndConnectionSection>
  );
}
