import { Trans } from '@lingui/react/macro';

/**
 * What a screen or a part of one says while the open vault's records are still being opened: calm,
 * and over in a moment. It fades in late, so a quick opening never flashes it.
 */
export function StillOpening() {
  return (
    <p className="loading" role="status">
      <Trans>Your vault is still opening…</Trans>
    </p>
  );
}
