import { useLingui } from '@lingui/react';
import { useSyncState } from '../state/use-sync-state.ts';
import { syncStatusText } from './sync-status-text.ts';

export function SyncStatusLine() {
  const state = useSyncState();
  // Shown again in the new language when it changes.
  useLingui();
  return (
    <p className={`sync-line sync-${state.status}`} role="status">
      {syncStatusText(state, Date.now())}
    </p>
  );
}
