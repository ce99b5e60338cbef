import { parseVaultObject } from './parse-vault-object.ts';
import type { VaultObject } from './vault-object.ts';

export const vaultExportFormat = 'tend-vault-export';

/** The readable JSON a person downloads: every object, decrypted on the device. */
export interface VaultExport {
  readonly format: typeof vaultExportFormat;
  readonly version: 1;
  readonly exportedAt: string;
  readonly objects: readonly VaultObject[];
}

export function makeVaultExport(objects: readonly VaultObject[], now: number): VaultExport {
  const sorted = [...objects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: vaultExportFormat, version: 1, exportedAt: new Date(now).toISOString(), objects: sorted };
}

export type ImportResult =
  | { ok: true; objects: VaultObject[] }
  | {
      ok: false;
      problem: 'not-json' | 'not-a-tend-export' | 'unknown-version' | 'damaged-object';
      at?: number;
    };

/** Reads an export back; refuses the whole file rather than import part of it. */
export function readVaultExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== vaultExportFormat
  ) {
    return { ok: false, problem: 'not-a-tend-export' };
  }
  const { version, objects } = data as { version?: unknown; objects?: unknown };
  if (version !== 1 || !Array.isArray(objects)) return { ok: false, problem: 'unknown-version' };
  const parsed: VaultObject[] = [];
  for (const [at, candidate] of objects.entries()) {
    const object = parseVaultObject(candidate);
    if (!object) return { ok: false, problem: 'damaged-object', at };
    parsed.push(object);
  }
  return { ok: true, objects: parsed };
}
