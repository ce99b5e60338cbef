import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@tend/core';
import { metaToBytes } from './meta-to-bytes.ts';

const bytes = (n: number) => new Uint8Array(48).fill(n);

describe('the key header and quick-unlock keys kept as text', () => {
  it('become the bytes they encode, and nothing else changes', () => {
    const header = {
      vaultId: 'v',
      kdf: { salt: toBase64Url(bytes(9)) },
      keys: {
        wrappedVaultKey: toBase64Url(bytes(1)),
        recoveryWrappedVaultKey: toBase64Url(bytes(2)),
        sealedSharingPrivateKey: toBase64Url(bytes(3)),
        sharingPublicKey: toBase64Url(bytes(4)),
      },
      sealedPendingRecoveryCode: toBase64Url(bytes(5)),
      inbox: { publicKey: toBase64Url(bytes(6)), sealedPrivateKey: toBase64Url(bytes(7)) },
    };
    expect(metaToBytes['header']?.(header)).toEqual({
      ...header,
      keys: {
        ...header.keys,
        wrappedVaultKey: bytes(1),
        recoveryWrappedVaultKey: bytes(2),
        sealedSharingPrivateKey: bytes(3),
      },
      sealedPendingRecoveryCode: bytes(5),
      inbox: { ...header.inbox, sealedPrivateKey: bytes(7) },
    });
    const remembered = {
      deviceKey: 'a key',
      wrappedVaultKey: toBase64Url(bytes(8)),
      savedAt: 1,
      expiresAt: 2,
    };
    expect(metaToBytes['rememberedKey']?.(remembered)).toEqual({ ...remembered, wrappedVaultKey: bytes(8) });
    const passkey = {
      credentialId: 'abc',
      salt: toBase64Url(bytes(9)),
      wrappedVaultKey: toBase64Url(bytes(1)),
    };
    expect(metaToBytes['passkeys']?.([passkey])).toEqual([
      { ...passkey, salt: bytes(9), wrappedVaultKey: bytes(1) },
    ]);
  });

  it('leaves bytes as they are, adds no field, and keeps text that does not decode as it was', () => {
    const header = {
      vaultId: 'v',
      keys: { wrappedVaultKey: bytes(1), recoveryWrappedVaultKey: 'not base64url!' },
    };
    expect(metaToBytes['header']?.(header)).toEqual(header);
    expect(metaToBytes['passkeys']?.('damaged')).toBe('damaged');
    expect(metaToBytes['rememberedKey']?.(null)).toBeNull();
  });
});
