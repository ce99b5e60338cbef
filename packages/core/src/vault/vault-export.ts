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

/**
 * The export's JSON, exactly `JSON.stringify(makeVaultExport(objects, now), null, 2)`, in pieces of
 * `perPiece` objects: a page can let other work run between them instead of holding its thread for
 * the whole vault at once.
 */
export function* vaultExportPieces(
  objects: readonly VaultObject[],
  now: number,
  perPiece = 500,
): Generator<string> {
  const { objects: sorted, ...head } = makeVaultExport(objects, now);
  if (!sorted.length) {
    yield JSON.stringify({ ...head, objects: [] }, null, 2);
    return;
  }
  // The head without its closing brace, then the list opened at the depth stringify would give it.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "objects": [\n`;
  const step = Math.max(1, Math.floor(perPiece));
  for (let at = 0; at < sorted.length; at += step) {
    const piece = sorted
      .slice(at, at + step)
      .map((object) => `    ${JSON.stringify(object, null, 2).replace(/\n/g, '\n    ')}`)
      .join(',\n');
    yield at + step < sorted.length ? `${piece},\n` : `${piece}\n`;
  }
  yield '  ]\n}';
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
