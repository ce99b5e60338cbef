import { describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, toBase64Url } from '@tend/core';
import {
  createVaultKeys,
  testKdfCost,
  isDeviceKey,
  newDeviceKey,
  newRecoveryCode,
  openObject,
  openPendingRecoveryCode,
  openRememberedVaultKey,
  openVaultKeyWithPasskey,
  RecordRefusedError,
  recoverVaultKey,
  rememberVaultKey,
  sealPendingRecoveryCode,
  sealObject,
  wrapVaultKeyForPasskey,
  WrongKeyError,
  type VaultKey,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const vaultId = id(1);
const vault = await createVaultKeys('a long quiet passphrase', testKdfCost);
const entry = newVaultObject(id(2), 'journal-entry', { body: 'held', title: '' }, 1);
const ad = { ownerId: vaultId, recordId: entry.id, version: 1 };
const sealed = await sealObject(vault.vaultKey, ad, entry);

/** The key opened is the vault key: it opens a record sealed with the original. */
async function opensTheVault(key: VaultKey): Promise<void> {
  expect(await openObject(key, ad, sealed)).toEqual(entry);
}

describe('a remembered device', () => {
  it('keeps a device key WebCrypto will not export', async () => {
    const deviceKey = await newDeviceKey();
    expect(isDeviceKey(deviceKey)).toBe(true);
    await expect(crypto.subtle.exportKey('raw', deviceKey)).rejects.toThrow();
    expect(isDeviceKey(vault.vaultKey.key)).toBe(false);
    expect(isDeviceKey('a key')).toBe(false);
  });

  it('opens the vault key with the same device key, vault and expiry, and refuses any other', async () => {
    const deviceKey = await newDeviceKey();
    const remembered = { vaultId, expiresAt: 1_000_000 };
    const wrapped = await rememberVaultKey(vault.vaultKey, deviceKey, remembered);
    await opensTheVault(await openRememberedVaultKey(deviceKey, wrapped, remembered));
    const otherKey = await newDeviceKey();
    const refused = [
      () => openRememberedVaultKey(otherKey, wrapped, remembered),
      // A changed expiry alone does not extend the time.
      () => openRememberedVaultKey(deviceKey, wrapped, { ...remembered, expiresAt: 9_000_000 }),
      () => openRememberedVaultKey(deviceKey, wrapped, { ...remembered, vaultId: id(3) }),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('refuses to wrap under a key that could be exported', async () => {
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    await expect(rememberVaultKey(vault.vaultKey, extractable, { vaultId, expiresAt: 1 })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('a passkey', () => {
  const prf = (fill: number) => new Uint8Array(32).fill(fill);
  const passkey = { vaultId, credentialId: 'Y3JlZGVudGlhbC1vbmU' };

  it('opens the vault key with its PRF output, and refuses another passkey or output', async () => {
    const wrapped = await wrapVaultKeyForPasskey(vault.vaultKey, prf(7), passkey);
    await opensTheVault(await openVaultKeyWithPasskey(prf(7), wrapped, passkey));
    const refused = [
      () => openVaultKeyWithPasskey(prf(8), wrapped, passkey),
      () => openVaultKeyWithPasskey(prf(7), wrapped, { ...passkey, credentialId: 'b3RoZXI' }),
      () => openVaultKeyWithPasskey(prf(7), wrapped, { ...passkey, vaultId: id(4) }),
      () => openVaultKeyWithPasskey(new Uint8Array(8), wrapped, passkey),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe('a new recovery code', () => {
  it('wraps the same vault key, so it recovers, and the old code does not open the new wrap', async () => {
    const next = await newRecoveryCode(vault.vaultKey);
    const keys = { ...vault.keys, recoveryWrappedVaultKey: next.recoveryWrappedVaultKey };
    const recovered = await recoverVaultKey(next.recoveryCode, keys);
    await opensTheVault(recovered.vaultKey);
    expect(recovered.recoveryVerifier).toBe(next.recoveryVerifier);
    expect(next.recoveryVerifier).not.toBe(vault.recoveryVerifier);
    await expect(recoverVaultKey(vault.recoveryCode, keys)).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe('a recovery code kept aside until the person says they kept it', () => {
  it('opens only with the vault key, for the vault it was sealed for', async () => {
    const sealedCode = await sealPendingRecoveryCode(vault.vaultKey, vaultId, vault.recoveryCode);
    expect(sealedCode).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder('latin1').decode(sealedCode)).not.toContain(vault.recoveryCode.slice(0, 9));
    expect(await openPendingRecoveryCode(vault.vaultKey, vaultId, sealedCode)).toBe(vault.recoveryCode);
    const other = await createVaultKeys('another long passphrase', testKdfCost);
    await expect(openPendingRecoveryCode(other.vaultKey, vaultId, sealedCode)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openPendingRecoveryCode(vault.vaultKey, id(5), sealedCode)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('refuses a seal altered by one bit, and text where the bytes belong', async () => {
    const sealedCode = await sealPendingRecoveryCode(vault.vaultKey, vaultId, vault.recoveryCode);
    const altered = sealedCode.slice();
    altered[30] = (altered[30] ?? 0) ^ 1;
    await expect(openPendingRecoveryCode(vault.vaultKey, vaultId, altered)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    const text = toBase64Url(sealedCode) as unknown as Uint8Array;
    await expect(openPendingRecoveryCode(vault.vaultKey, vaultId, text)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });
});
