/**
 * Every domain object is stored as one sealed record. Its plaintext is a VaultObject: a kind, the
 * fields, and per field the time it was last changed, so that two devices' edits merge field by field.
 */
export type FieldValue =
  string | number | boolean | null | readonly FieldValue[] | { readonly [key: string]: FieldValue };
export type Fields = { readonly [field: string]: FieldValue };

export interface VaultObject<F extends Fields = Fields> {
  readonly id: string;
  readonly kind: string;
  readonly createdAt: number;
  readonly fields: F;
  /** When each field was last changed (ms); the later change wins a merge. */
  readonly stamps: { readonly [field: string]: number };
}

export function newVaultObject<F extends Fields>(
  id: string,
  kind: string,
  fields: F,
  now: number,
): VaultObject<F> {
  const stamps: Record<string, number> = {};
  for (const key of Object.keys(fields)) stamps[key] = now;
  return { id, kind, createdAt: now, fields, stamps };
}

/** Applies changed fields, stamping each; stamps only move forward even if the clock goes back. */
export function editVaultObject<F extends Fields>(
  object: VaultObject<F>,
  changes: Partial<F>,
  now: number,
): VaultObject<F> {
  const fields: Record<string, FieldValue> = { ...object.fields };
  const stamps: Record<string, number> = { ...object.stamps };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (stableJson(fields[key] ?? null) === stableJson(value)) continue;
    fields[key] = value;
    stamps[key] = Math.max(now, (stamps[key] ?? 0) + 1);
  }
  return { ...object, fields: fields as F, stamps };
}

/** JSON with sorted keys, so equal values always compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
