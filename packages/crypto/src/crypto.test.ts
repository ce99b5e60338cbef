import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, makeUuidV7, newVaultObject, toBase64Url, utf8 } from '@tend/core';
import {
  argon2InPlace,
  type Argon2Input,
  createVaultKeys,
  derivePassphraseKeys,
  formatRecoveryCode,
  isStrongEnough,
  normalizeRecoveryCode,
  openObject,
  openSharingPrivateKey,
  openVaultKey,
  parseRecoveryCode,
  recoverVaultKey,
  RecordRefusedError,
  rewrapVaultKey,
  sealObject,
  testKdfCost,
  WrongKeyError,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const owner = id(1);
// Every vault here but one derives at the test cost; the parameters themselves stay the floor's.
const vault = await createVaultKeys('a long quiet passphrase', testKdfCost);
const entry = newVaultObject(id(2), 'journal-entry', { body: 'canary-entry', title: '' }, 1);

describe('vault keys', () => {
  // The one test at the real cost (64 MiB, t=3), three derivations: generous for a busy machine.
  it('opens the vault key with the passphrase at the real cost and refuses a wrong one', async () => {
    const real = await createVaultKeys('a long quiet passphrase');
    expect(real.kdf).toMatchObject({
      algorithm: 'argon2id',
      memoryKiB: 65_536,
      iterations: 3,
      parallelism: 1,
    });
    const right = await derivePassphraseKeys('a long quiet passphrase', real.kdf);
    expect(right.authSecret).toEqual(real.authSecret);
    const key = await openVaultKey(right.wrapKey, real.keys);
    const sealed = await sealObject(real.vaultKey, { ownerId: owner, recordId: entry.id, version: 1 }, entry);
    expect(await openObject(key, { ownerId: owner, recordId: entry.id, version: 1 }, sealed)).toEqual(entry);
    const wrong = await derivePassphraseKeys('not the passphrase', real.kdf);
    await expect(openVaultKey(wrong.wrapKey, real.keys)).rejects.toBeInstanceOf(WrongKeyError);
    expect(wrong.authSecret).not.toEqual(real.authSecret);
  }, 180_000);

  it('spends the work a test asks for: another cost gives other keys from the same parameters', async () => {
    const same = await derivePassphraseKeys('a long quiet passphrase', vault.kdf, testKdfCost);
    expect(same.authSecret).toEqual(vault.authSecret);
    await expect(openVaultKey(same.wrapKey, vault.keys)).resolves.toBeDefined();
    const otherCost = { memoryKiB: testKdfCost.memoryKiB * 2, iterations: testKdfCost.iterations };
    const other = await derivePassphraseKeys('a long quiet passphrase', vault.kdf, otherCost);
    expect(other.authSecret).not.toEqual(vault.authSecret);
    await expect(openVaultKey(other.wrapKey, vault.keys)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('runs Argon2id wherever it is handed (a worker), with the same input and the same keys', async () => {
    const seen: Argon2Input[] = [];
    const elsewhere = async (input: Argon2Input) => {
      seen.push(input);
      return argon2InPlace(input);
    };
    const keys = await derivePassphraseKeys('a long quiet passphrase', vault.kdf, testKdfCost, elsewhere);
    expect(keys.authSecret).toEqual(vault.authSecret);
    expect(seen).toEqual([
      {
        password: 'a long quiet passphrase',
        salt: fromBase64Url(vault.kdf.salt),
        memoryKiB: testKdfCost.memoryKiB,
        iterations: testKdfCost.iterations,
        parallelism: vault.kdf.parallelism,
      },
    ]);
    const short = async () => new Uint8Array(16);
    await expect(derivePassphraseKeys('x', vault.kdf, testKdfCost, short)).rejects.toThrow(RangeError);
  });

  it('keeps the wrap key and the auth secret independent', async () => {
    expect(vault.authSecret).toBeInstanceOf(Uint8Array);
    expect(vault.authSecret).toHaveLength(32);
    expect(toBase64Url(vault.keys.wrappedVaultKey)).not.toContain(toBase64Url(vault.authSecret));
  });

  it('keeps its wrapped keys as bytes, and refuses a wrap altered by one bit', async () => {
    const { wrappedVaultKey, recoveryWrappedVaultKey, sealedSharingPrivateKey } = vault.keys;
    for (const sealed of [wrappedVaultKey, recoveryWrappedVaultKey, sealedSharingPrivateKey])
      expect(sealed).toBeInstanceOf(Uint8Array);
    const keys = await derivePassphraseKeys('a long quiet passphrase', vault.kdf, testKdfCost);
    await openVaultKey(keys.wrapKey, vault.keys);
    const altered = wrappedVaultKey.slice();
    altered[20] = (altered[20] ?? 0) ^ 1;
    await expect(
      openVaultKey(keys.wrapKey, { ...vault.keys, wrappedVaultKey: altered }),
    ).rejects.toBeInstanceOf(WrongKeyError);
    const sharing = sealedSharingPrivateKey.slice();
    sharing[20] = (sharing[20] ?? 0) ^ 1;
    await expect(
      openSharingPrivateKey(vault.vaultKey, { ...vault.keys, sealedSharingPrivateKey: sharing }),
    ).rejects.toThrow();
  });

  it('recovers with the printed code, typed loosely, and refuses another code', async () => {
    const typed = vault.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const recovered = await recoverVaultKey(typed, vault.keys);
    expect(recovered.recoveryVerifier).toBe(vault.recoveryVerifier);
    const sealed = await sealObject(
      recovered.vaultKey,
      { ownerId: owner, recordId: entry.id, version: 3 },
      entry,
    );
    expect(
      await openObject(vault.vaultKey, { ownerId: owner, recordId: entry.id, version: 3 }, sealed),
    ).toEqual(entry);
    const other = formatRecoveryCode(new Uint8Array(32).fill(7));
    await expect(recoverVaultKey(other, vault.keys)).rejects.toBeInstanceOf(WrongKeyError);
    await expect(recoverVaultKey('not a code', vault.keys)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('re-wraps for a new passphrase without touching records', async () => {
    const sealed = await sealObject(
      vault.vaultKey,
      { ownerId: owner, recordId: entry.id, version: 1 },
      entry,
    );
    const next = await rewrapVaultKey(vault.vaultKey, 'a different passphrase', testKdfCost);
    const keys = await derivePassphraseKeys('a different passphrase', next.kdf, testKdfCost);
    expect(keys.authSecret).toEqual(next.authSecret);
    const key = await openVaultKey(keys.wrapKey, { ...vault.keys, wrappedVaultKey: next.wrappedVaultKey });
    expect(await openObject(key, { ownerId: owner, recordId: entry.id, version: 1 }, sealed)).toEqual(entry);
    expect(next.kdf.salt).not.toBe(vault.kdf.salt);
  });

  it('seals the sharing private key under the vault key', async () => {
    const privateKey = await openSharingPrivateKey(vault.vaultKey, vault.keys);
    expect(privateKey.algorithm.name).toBe('X25519');
    expect(fromBase64Url(vault.keys.sharingPublicKey)).toHaveLength(32);
  });

  it('refuses key derivation parameters below the floor', async () => {
    expect(isStrongEnough(vault.kdf)).toBe(true);
    const weak = { ...vault.kdf, memoryKiB: 1024 };
    expect(isStrongEnough(weak)).toBe(false);
    await expect(derivePassphraseKeys('x', weak)).rejects.toThrow(RangeError);
    await expect(derivePassphraseKeys('x', { ...vault.kdf, iterations: 2 })).rejects.toThrow(RangeError);
    // A test's low cost changes the work spent, never what is accepted.
    await expect(derivePassphraseKeys('x', weak, testKdfCost)).rejects.toThrow(RangeError);
    await expect(derivePassphraseKeys('x', { ...vault.kdf, salt: 'AAAA' }, testKdfCost)).rejects.toThrow(
      RangeError,
    );
  });
});

describe('records', () => {
  const ad = { ownerId: owner, recordId: entry.id, version: 4 };

  it('refuses a record opened as another version (replay or rollback)', async () => {
    const sealed = await sealObject(vault.vaultKey, ad, entry);
    await expect(openObject(vault.vaultKey, { ...ad, version: 5 }, sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('refuses a record swapped to another id or owner', async () => {
    const sealed = await sealObject(vault.vaultKey, ad, entry);
    await expect(openObject(vault.vaultKey, { ...ad, recordId: id(9) }, sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openObject(vault.vaultKey, { ...ad, ownerId: id(8) }, sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('refuses a truncated record and garbage', async () => {
    const sealed = await sealObject(vault.vaultKey, ad, entry);
    await expect(openObject(vault.vaultKey, ad, sealed.subarray(0, 20))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openObject(vault.vaultKey, ad, utf8.encode('***'))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('refuses any single altered byte', async () => {
    const sealed = await sealObject(vault.vaultKey, ad, entry);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const altered = sealed.slice();
        altered[at] = (altered[at] ?? 0) ^ flip;
        await expect(openObject(vault.vaultKey, ad, altered)).rejects.toBeInstanceOf(RecordRefusedError);
      }),
      { numRuns: 60 },
    );
  });

  it('never holds the plaintext in the ciphertext', async () => {
    const sealed = await sealObject(vault.vaultKey, ad, entry);
    const text = new TextDecoder('latin1').decode(sealed);
    expect(text).not.toContain('canary-entry');
    expect(text).not.toContain('journal-entry');
  });
});

describe('recovery code', () => {
  it('round-trips any 32 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const code = formatRecoveryCode(bytes);
        expect(code).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
        expect(parseRecoveryCode(code)).toEqual(bytes);
      }),
    );
  });

  it('tolerates case, spaces and look-alike letters', () => {
    const code = formatRecoveryCode(new Uint8Array(32).fill(0));
    expect(normalizeRecoveryCode(code.toLowerCase().replace(/0/g, 'o'))).toBe(code.replace(/-/g, ''));
    expect(normalizeRecoveryCode('short')).toBeNull();
  });
});
