import { fromBase64Url } from '@tend/core';

/*
 * Before version 5 of the database, the key header's seals, the quick-unlock wraps and the passkeys'
 * PRF inputs were kept as base64url text; since then they are bytes. The upgrade rewrites each meta entry with these, inside
 * its own transaction, so a vault opens only once all of it is converted.
 */

type Path = readonly string[];

/** Where the key header keeps seals. */
const headerSeals: readonly Path[] = [
  ['keys', 'wrappedVaultKey'],
  ['keys', 'recoveryWrappedVaultKey'],
  ['keys', 'sealedSharingPrivateKey'],
  ['sealedRecoveryVerifier'],
  ['sealedPendingRecoveryCode'],
  ['stagedRecoveryCode', 'sealedCode'],
  ['stagedRecoveryCode', 'sealedVerifier'],
  ['stagedRecoveryCode', 'recoveryWrappedVaultKey'],
  ['inbox', 'sealedPrivateKey'],
];

const wrap: readonly Path[] = [['wrappedVaultKey']];
/** A passkey's wrap and its PRF input. */
const passkey: readonly Path[] = [['wrappedVaultKey'], ['salt']];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/**
 * `value` with the text at `path` as the bytes it encodes; anything else (bytes already, text that does
 * not decode, no value there) is left as it is. Text that never decoded never opened, and does not now.
 */
function withBytesAt(value: unknown, path: Path): unknown {
  const [field, ...rest] = path;
  if (field === undefined) {
    if (typeof value !== 'string') return value;
    try {
      return fromBase64Url(value);
    } catch {
      return value;
    }
  }
  if (!isRecord(value) || !(field in value)) return value;
  return { ...value, [field]: withBytesAt(value[field], rest) };
}

const convert = (value: unknown, paths: readonly Path[]) =>
  paths.reduce<unknown>((at, path) => withBytesAt(at, path), value);

/** The meta entries that hold seals, by key, and how each becomes bytes. */
export const metaToBytes: Readonly<Record<string, (value: unknown) => unknown>> = {
  header: (value) => convert(value, headerSeals),
  rememberedKey: (value) => convert(value, wrap),
  passkeys: (value) => (Array.isArray(value) ? value.map((kept) => convert(kept, passkey)) : value),
};
