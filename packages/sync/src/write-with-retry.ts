import type { AppliedChange, RecordState, RecordWrite, StorePorts } from './ports.ts';

/** What to do for one id given its stored state: a write (or none) and the change it makes visible. */
export interface Plan {
  readonly write?: RecordWrite;
  readonly change?: AppliedChange;
}

const maxAttempts = 8;

/**
 * Reads, plans (sealing happens here, outside any transaction) and commits with compare-and-set,
 * planning again for the ids another writer moved in the meantime.
 */
export async function writeWithRetry(
  ports: StorePorts,
  ids: readonly string[],
  plan: (id: string, state: RecordState) => Promise<Plan>,
): Promise<AppliedChange[]> {
  const changes: AppliedChange[] = [];
  let remaining = [...ids];
  for (let attempt = 0; attempt < maxAttempts && remaining.length > 0; attempt += 1) {
    const states = await ports.store.read(remaining);
    const plans = await Promise.all(remaining.map((id, i) => plan(id, states[i] ?? emptyState)));
    // A plan that changes nothing still shows something, and that is only true if the state it was
    // planned on still holds: it commits as a check (expect = next), so a stale view is never shown.
    const writes = plans.flatMap((p, i): RecordWrite[] => {
      const state = states[i] ?? emptyState;
      const id = remaining[i] ?? '';
      if (p.write) return [p.write];
      return p.change ? [{ id, expect: state, next: state }] : [];
    });
    const applied = writes.length ? await ports.store.commit(writes) : [];
    const failed = new Set(writes.filter((_, i) => !applied[i]).map((w) => w.id));
    const visible = plans.flatMap((p) => (p.change && !failed.has(p.change.id) ? [p.change] : []));
    if (visible.length) ports.onApplied?.(visible);
    changes.push(...visible);
    remaining = remaining.filter((id) => failed.has(id));
  }
  if (remaining.length) throw new Error('the local store kept changing during a save');
  return changes;
}

export const emptyState: RecordState = { record: undefined, outbox: undefined };
