import { openObject, sealObject, type VaultKey } from '@tend/crypto';

/**
 * The recovery verifier is derived from the recovery code, which is never stored. Signing up needs
 * it, perhaps long after the vault was made, so it is kept sealed under the vault key: readable only
 * while the vault is unlocked. It is sealed like a record whose id is the vault id itself, an id no
 * record ever has. The header keeps its bytes (base64url text before version 5 of the database).
 */
const kind = 'recovery-verifier';

export async function sealRecoveryVerifier(
  vaultKey: VaultKey,
  vaultId: string,
  verifier: string,
): Promise<Uint8Array> {
  const ad = { ownerId: vaultId, recordId: vaultId, version: 1 };
  const object = { id: vaultId, kind, createdAt: 0, fields: { verifier }, stamps: {} };
  return sealObject(vaultKey, ad, object);
}

export async function openRecoveryVerifier(
  vaultKey: VaultKey,
  vaultId: string,
  sealed: Uint8Array,
): Promise<string | null> {
  try {
    const ad = { ownerId: vaultId, recordId: vaultId, version: 1 };
    const object = await openObject(vaultKey, ad, sealed);
    const verifier = object.fields['verifier'];
    return object.kind === kind && typeof verifier === 'string' ? verifier : null;
  } catch {
    return null;
  }
}
