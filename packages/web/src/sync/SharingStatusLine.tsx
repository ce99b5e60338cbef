import { useLingui } from '@lingui/react';
import type { SharingState } from '../vault/index.ts';
import { sharingStatusText } from './sharing-status-text.ts';

/** How sharing with a practitioner stands, shown only when something waits or stopped. */
export function SharingStatusLine({ sharing }: { sharing: SharingState }) {
  // Shown again in the new language when it changes.
  useLingui();
  const text = sharingStatusText(sharing);
  if (text === null) return null;
  return (
    <p className={`sync-line ${sharing.status === 'waiting' ? 'sync-offline' : 'sync-error'}`} role="status">
      {text}
    </p>
  );
}
