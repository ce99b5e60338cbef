import { utf8 } from '@tend/core';
import { labels } from './primitives.ts';
import { openVersionedBytes, parseJson, sealVersionedBytes } from './sealed-json.ts';
import { padded } from './padding.ts';
import { RecordRefusedError, type VaultKey } from './types.ts';

/**
 * A recovery code the person has not yet said they kept, sealed under the vault key so it can be
 * shown again after a reload without ever being stored readable. Whoever can open it already holds
 * the vault key, which is all the code protects.
 */
const ad = (vaultId: string) => utf8.encode(`${labels.pendingRecoveryCodeAd}\u0000${vaultId}`);

export function sealPendingRecoveryCode(
  vaultKey: VaultKey,
  vaultId: string,
  code: string,
): Promise<Uint8Array> {
  return sealVersionedBytes(vaultKey.key, padded(JSON.stringify(code)), ad(vaultId));
}

/** The code, or RecordRefusedError when the seal does not open for this vault key and vault. */
export async function openPendingRecoveryCode(
  vaultKey: VaultKey,
  vaultId: string,
  sealed: Uint8Array,
): Promise<string> {
  const code = parseJson(await openVersionedBytes(vaultKey.key, sealed, ad(vaultId)));
  if (typeof code !== 'string') throw new RecordRefusedError('the kept-aside recovery code is not a code');
  return code;
}
