import type { PracticeDeps } from './practice-deps.ts';
import type { RelabelToStore } from './practice-wire.ts';
import { shareNotFound } from './practice-errors.ts';

/** The client renames how the practitioner sees them (sealed under the share key). Client only. */
export async function relabelShare(
  deps: Pick<PracticeDeps, 'store'>,
  clientId: string,
  request: RelabelToStore,
): Promise<void> {
  const { shareId, sealedClientLabel } = request;
  const changed = await deps.store.transact(({ shares }) =>
    shares.relabel(shareId, clientId, sealedClientLabel),
  );
  if (!changed) throw shareNotFound();
}
