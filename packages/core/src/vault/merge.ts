import { stableJson, type FieldValue, type Fields, type VaultObject } from './vault-object.ts';

/**
 * Merges two versions of one object field by field: for each field the later stamp wins; equal stamps
 * break the tie on the value itself, so every device reaches the same result whatever the order.
 * Commutative, associative and idempotent (see merge.test.ts).
 */
export function mergeVaultObjects<F extends Fields>(a: VaultObject<F>, b: VaultObject<F>): VaultObject<F> {
  if (a.id !== b.id) throw new Error('cannot merge two different objects');
  const fields: Record<string, FieldValue> = {};
  const stamps: Record<string, number> = {};
  const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  for (const key of keys) {
    const pick = pickField(a, b, key);
    if (pick.value !== undefined) fields[key] = pick.value;
    stamps[key] = pick.stamp;
  }
  const kind = a.kind <= b.kind ? a.kind : b.kind;
  return { id: a.id, kind, createdAt: Math.min(a.createdAt, b.createdAt), fields: fields as F, stamps };
}

function pickField(
  a: VaultObject,
  b: VaultObject,
  key: string,
): { value: FieldValue | undefined; stamp: number } {
  const sa = a.stamps[key] ?? 0;
  const sb = b.stamps[key] ?? 0;
  const va = a.fields[key];
  const vb = b.fields[key];
  if (sa > sb) return { value: va, stamp: sa };
  if (sb > sa) return { value: vb, stamp: sb };
  if (va === undefined) return { value: vb, stamp: sb };
  if (vb === undefined) return { value: va, stamp: sa };
  return stableJson(va) >= stableJson(vb) ? { value: va, stamp: sa } : { value: vb, stamp: sb };
}
