import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@tend/core';
import {
  createVaultKeys,
  derivePassphraseKeys,
  openVaultKey,
  testKdfCost,
  WrongKeyError,
} from '@tend/crypto';
import {
  keysFromWire,
  keysToWire,
  newRecoveryCodeToWire,
  passphraseChangeToWire,
  recoveryToWire,
  signupToWire,
} from './account-wire.ts';

const passphrase = 'a long quiet passphrase';
const made = await createVaultKeys(passphrase, testKdfCost);

describe("the account's keys on the wire", () => {
  it('carry the wrapped keys and auth secrets as unpadded base64url and back, and the keys still open', async () => {
    const wire = keysToWire(made.keys);
    expect(wire).toEqual({
      wrappedVaultKey: toBase64Url(made.keys.wrappedVaultKey),
      recoveryWrappedVaultKey: toBase64Url(made.keys.recoveryWrappedVaultKey),
      sealedSharingPrivateKey: toBase64Url(made.keys.sealedSharingPrivateKey),
      sharingPublicKey: made.keys.sharingPublicKey,
    });
    const back = keysFromWire(wire);
    expect(back).toEqual(made.keys);
    const keys = await derivePassphraseKeys(passphrase, made.kdf, testKdfCost);
    await openVaultKey(keys.wrapKey, back);
    const wrapped = toBase64Url(made.keys.wrappedVaultKey);
    const secret = toBase64Url(made.authSecret);
    const change = { currentAuthSecret: made.authSecret, newAuthSecret: made.authSecret, kdf: made.kdf };
    expect(passphraseChangeToWire({ ...change, wrappedVaultKey: made.keys.wrappedVaultKey })).toEqual({
      currentAuthSecret: secret,
      newAuthSecret: secret,
      kdf: made.kdf,
      wrappedVaultKey: wrapped,
    });
    const recovery = { username: 'sam', recoveryVerifier: made.recoveryVerifier, kdf: made.kdf };
    expect(
      recoveryToWire({
        ...recovery,
        newAuthSecret: made.authSecret,
        wrappedVaultKey: made.keys.wrappedVaultKey,
      }),
    ).toEqual({ ...recovery, newAuthSecret: secret, wrappedVaultKey: wrapped });
    const signup = {
      accountId: 'a',
      username: 'sam',
      recoveryVerifier: made.recoveryVerifier,
      kdf: made.kdf,
    };
    expect(signupToWire({ ...signup, authSecret: made.authSecret, keys: made.keys })).toEqual({
      ...signup,
      authSecret: secret,
      keys: keysToWire(made.keys),
    });
    const code = { recoveryVerifier: made.recoveryVerifier };
    expect(
      newRecoveryCodeToWire({
        ...code,
        currentAuthSecret: made.authSecret,
        recoveryWrappedVaultKey: made.keys.recoveryWrappedVaultKey,
      }),
    ).toEqual({
      ...code,
      currentAuthSecret: secret,
      recoveryWrappedVaultKey: toBase64Url(made.keys.recoveryWrappedVaultKey),
    });
  });

  it('takes only strict base64url from the server: anything else is no bytes, a key that does not open', async () => {
    const wire = { ...keysToWire(made.keys), wrappedVaultKey: `${toBase64Url(made.keys.wrappedVaultKey)}=` };
    const back = keysFromWire(wire);
    expect(back.wrappedVaultKey).toEqual(new Uint8Array(0));
    const keys = await derivePassphraseKeys(passphrase, made.kdf, testKdfCost);
    await expect(openVaultKey(keys.wrapKey, back)).rejects.toBeInstanceOf(WrongKeyError);
  });
});
