import { Trans } from '@lingui/react/macro';
import { Link } from '../../router/router.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';

/** On a screen that writes while the vault is locked: says plainly where the words go, and the way in. */
export function LockedWritingNote() {
  const { status } = useVaultSession();
  if (status !== 'locked') return null;
  return (
    <p className="plain-note locked-note">
      <Trans>
        Your vault is locked. What you write here is sealed on this device and added to your vault when you
        next unlock it. Until then nobody can read it here, you included.{' '}
        <Link to="/unlock">Unlock instead</Link>
      </Trans>
    </p>
  );
}
