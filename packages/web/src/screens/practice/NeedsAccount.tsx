import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';

/** The practitioner space needs an account: said plainly, with the way to add one. */
export function NeedsAccount({ what }: { what: 'connecting' | 'sharing' }) {
  return (
    <>
      <p>
        {what === 'connecting' ? (
          <Trans>Connecting with a practitioner needs an account.</Trans>
        ) : (
          <Trans>Sharing with a practitioner needs an account.</Trans>
        )}{' '}
        <Trans>
          What is shared travels through it between client and practitioner, sealed so that the server cannot
          read any of it. Right now your vault lives on this device only.
        </Trans>
      </p>
      <p>
        <Trans>
          You can add an account in <Link to="/settings/account">Settings › Account and devices</Link>,
          whenever you like.
        </Trans>
      </p>
    </>
  );
}
