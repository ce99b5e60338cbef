import { useSyncState } from '../app/app-provider.tsx';
import { syncStatusText } from './sync-status-text.ts';

export function SyncStatusLine() {
  const state = useSyncState();
  return (
    <p className={`sync-line sync-${state.status}`} role="status">
      {syncStatusText(state, Date.now())}
    </p>
  );
}
