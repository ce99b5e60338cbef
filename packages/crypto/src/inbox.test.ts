import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUuidV7, newVaultObject } from '@tend/core';
import {
  createVaultKeys,
  testKdfCost,
  newInboxKeys,
  openInboxItem,
  openInboxPrivateKey,
  RecordRefusedError,
  sealForInbox,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const vaultId = id(1);
const vault = await createVaultKeys('a long quiet passphrase', testKdfCost);
const inbox = await newInboxKeys(vault.vaultKey, vaultId);
const pause = newVaultObject(id(2), 'pause', { whatHappened: 'canary-inbox words' }, 5);
const ad = { vaultId, itemId: pause.id };

describe('the locked inbox', () => {
  it('seals with the public key alone and opens only with the vault key', async () => {
    const sealed = await sealForInbox(inbox.publicKey, ad, pause);
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain('canary-inbox');
    const privateKey = await openInboxPrivateKey(vault.vaultKey, vaultId, inbox);
    expect(await openInboxItem(privateKey, ad, sealed)).toEqual(pause);
    const other = await createVaultKeys('another long passphrase', testKdfCost);
    await expect(openInboxPrivateKey(other.vaultKey, vaultId, inbox)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openInboxPrivateKey(vault.vaultKey, id(9), inbox)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('refuses an item moved to another id or vault, or sealed to another inbox', async () => {
    const sealed = await sealForInbox(inbox.publicKey, ad, pause);
    const privateKey = await openInboxPrivateKey(vault.vaultKey, vaultId, inbox);
    const refused = async (attempt: Promise<unknown>) =>
      expect(attempt).rejects.toBeInstanceOf(RecordRefusedError);
    await refused(openInboxItem(privateKey, { ...ad, itemId: id(3) }, sealed));
    await refused(openInboxItem(privateKey, { ...ad, vaultId: id(4) }, sealed));
    const elsewhere = await newInboxKeys(vault.vaultKey, vaultId);
    await refused(openInboxItem(privateKey, ad, await sealForInbox(elsewhere.publicKey, ad, pause)));
    await refused(openInboxItem(privateKey, ad, new Uint8Array(0)));
    await refused(openInboxItem(privateKey, ad, new TextEncoder().encode('not sealed at all')));
    expect(() => sealForInbox(inbox.publicKey, { ...ad, itemId: id(5) }, pause)).toThrow(RangeError);
  });

  it('refuses any single altered byte', async () => {
    const sealed = await sealForInbox(inbox.publicKey, ad, pause);
    const privateKey = await openInboxPrivateKey(vault.vaultKey, vaultId, inbox);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const altered = sealed.slice();
        altered[at] = (altered[at] ?? 0) ^ flip;
        await expect(openInboxItem(privateKey, ad, altered)).rejects.toBeInstanceOf(RecordRefusedError);
      }),
      { numRuns: 40 },
    );
  });
});
