import { decodeBytes } from '../encoding.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';

/** The client renames how the practitioner sees them (sealed under the share key). Client only. */
export async function relabelShare(
  deps: Pick<PracticeDeps, 'store'>,
  clientId: string,
  request: { readonly shareId: string; readonly sealedClientLabel: string },
): Promise<void> {
  const label = decodeBytes(request.sealedClientLabel);
  const changed = await deps.store.transact(({ shares }) => shares.relabel(request.shareId, clientId, label));
  if (!changed) throw shareNotFound();
}
