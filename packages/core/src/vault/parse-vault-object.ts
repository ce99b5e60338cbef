import { isUuid } from '../ids/uuid-v7.ts';
import type { FieldValue, VaultObject } from './vault-object.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isFieldValue(value: unknown, depth = 0): value is FieldValue {
  if (depth > 16) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isFieldValue(v, depth + 1));
  if (isRecord(value)) return Object.values(value).every((v) => isFieldValue(v, depth + 1));
  return false;
}

/**
 * Checks JSON read back from storage, an import or a decrypted record before the app trusts it.
 * Returns null for anything that is not a well-formed VaultObject.
 */
export function parseVaultObject(value: unknown): VaultObject | null {
  if (!isRecord(value)) return null;
  const { id, kind, createdAt, fields, stamps } = value;
  if (typeof id !== 'string' || !isUuid(id)) return null;
  if (typeof kind !== 'string' || !/^[a-z][a-z0-9-]{0,63}$/.test(kind)) return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  if (!isRecord(fields) || !isFieldValue(fields)) return null;
  if (!isRecord(stamps) || !Object.values(stamps).every((s) => typeof s === 'number' && Number.isFinite(s))) {
    return null;
  }
  return value as unknown as VaultObject;
}
