import { planBringIn, type ActivityMapping, type BringInPlan, type BringInReading } from '@tend/core';
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';

/**
 * What bringing in a reading would add with this mapping. The device is asked first which of its
 * objects the person deleted after an earlier import: those are left out and counted, so the
 * preview never promises to bring back what they let go. Null until that is known.
 */
export function useBringInPlan(reading: BringInReading | null, mapping: ActivityMapping): BringInPlan | null {
  const { vault } = useApp();
  const [deleted, setDeleted] = useState<{ of: BringInReading; ids: ReadonlySet<string> } | null>(null);
  const candidates = useMemo(
    () => (reading ? planBringIn(reading, mapping, () => false).objects.map((o) => o.id) : []),
    [reading, mapping],
  );

  useEffect(() => {
    if (!reading || !candidates.length) return;
    let isCurrent = true;
    const keep = (ids: ReadonlySet<string>) => {
      // A new mapping adds to what is known of this reading; a new reading starts again.
      if (isCurrent)
        setDeleted((held) => ({ of: reading, ids: held?.of === reading ? union(held.ids, ids) : ids }));
    };
    vault.deletedAmong(candidates).then(keep, () => keep(new Set()));
    return () => {
      isCurrent = false;
    };
  }, [vault, reading, candidates]);

  const known = reading && (!candidates.length || deleted?.of === reading) ? (deleted?.ids ?? none) : null;
  return useMemo(
    () =>
      reading && known
        ? planBringIn(
            reading,
            mapping,
            (id) => vault.get(id) !== undefined,
            (id) => known.has(id),
          )
        : null,
    [reading, mapping, vault, known],
  );
}

const none: ReadonlySet<string> = new Set();

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size ? new Set([...a, ...b]) : a;
}
