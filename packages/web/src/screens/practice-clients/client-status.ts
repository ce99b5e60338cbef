import { ServiceError } from '../../vault/vault-service.ts';
import type { PracticeSnapshot } from '../../vault/practice-service.ts';

/** The share is gone: ended by either side. The server says not_found for it, as for anything not shared. */
export const isShareGone = (error: unknown): boolean =>
  error instanceof ServiceError && error.code === 'not_found';

/**
 * Whether a client's page can show anything: ended once the share has left the practice's list (after a
 * reading of the server, not while it loads or is offline) or a request for it was refused.
 */
export function clientStatus(
  snapshot: PracticeSnapshot,
  shareId: string,
  wasRefused: boolean,
): 'open' | 'ended' | 'waiting' {
  if (wasRefused) return 'ended';
  if (snapshot.clients.some((c) => c.shareId === shareId)) return 'open';
  return snapshot.status === 'ready' ? 'ended' : 'waiting';
}
