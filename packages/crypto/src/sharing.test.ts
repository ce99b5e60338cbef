import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, makeUuidV7, toBase64Url, type SharedPayload } from '@tend/core';
import {
  importShareKey,
  newShareKey,
  openClientLabel,
  openShareKey,
  openShared,
  RecordRefusedError,
  sealClientLabel,
  sealShareKey,
  sealShared,
  type SharedAd,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));

async function sharingPair() {
  const pair = (await crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  return { publicKey, privateKey: pair.privateKey };
}

const practitioner = await sharingPair();
const someoneElse = await sharingPair();
const shareKey = await newShareKey();
const keyAd = { shareId: id(1), practitionerId: id(2) };

const item: SharedPayload = {
  type: 'item',
  document: {
    kind: 'journal-entry',
    title: 'Journal entry',
    when: 1_700_000_000_000,
    sections: [{ label: 'What I wrote', text: 'canary-shared <script>alert(1)</script>' }],
  },
  mode: 'live',
  sharedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_001,
};
const reflection: SharedPayload = {
  type: 'reflection',
  onItemId: id(3),
  text: 'I noticed how gently you stayed.',
  writtenAt: 1_700_000_000_002,
};
const ad: SharedAd = { shareId: id(1), recordId: id(3), author: 'client', version: 1 };

describe('share key', () => {
  it('round-trips through its raw form and refuses anything but 32 bytes', async () => {
    expect(fromBase64Url(shareKey.raw)).toHaveLength(32);
    const again = await importShareKey(shareKey.raw);
    const sealed = await sealShared(shareKey, ad, item);
    expect(await openShared(again, ad, sealed)).toEqual(item);
    await expect(importShareKey(toBase64Url(new Uint8Array(31)))).rejects.toThrow(RangeError);
    await expect(importShareKey('not base64url!')).rejects.toThrow(RangeError);
  });

  it('opens for the practitioner it was sealed to, for this share only', async () => {
    const sealed = await sealShareKey(shareKey, practitioner.publicKey, keyAd);
    const opened = await openShareKey(practitioner.privateKey, sealed, keyAd);
    expect(opened.raw).toBe(shareKey.raw);
    await expect(openShareKey(someoneElse.privateKey, sealed, keyAd)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(
      openShareKey(practitioner.privateKey, sealed, { ...keyAd, shareId: id(9) }),
    ).rejects.toBeInstanceOf(RecordRefusedError);
    await expect(
      openShareKey(practitioner.privateKey, sealed, { ...keyAd, practitionerId: id(9) }),
    ).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('seals with a fresh ephemeral key each time and never shows the raw key', async () => {
    const a = await sealShareKey(shareKey, practitioner.publicKey, keyAd);
    const b = await sealShareKey(shareKey, practitioner.publicKey, keyAd);
    expect(a).toBeInstanceOf(Uint8Array);
    expect(toBase64Url(a)).not.toBe(toBase64Url(b));
    expect(toBase64Url(a)).not.toContain(shareKey.raw);
    expect(new TextDecoder('latin1').decode(a)).not.toContain(
      new TextDecoder('latin1').decode(fromBase64Url(shareKey.raw)),
    );
    expect(a[0]).toBe(1);
  });

  it('refuses a public key that is not one, or a low-order point', async () => {
    await expect(sealShareKey(shareKey, 'short', keyAd)).rejects.toThrow(RangeError);
    await expect(sealShareKey(shareKey, toBase64Url(new Uint8Array(32)), keyAd)).rejects.toThrow();
  });

  it('refuses any altered byte of a sealed share key', async () => {
    const sealed = await sealShareKey(shareKey, practitioner.publicKey, keyAd);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const altered = sealed.slice();
        altered[at] = (altered[at] ?? 0) ^ flip;
        await expect(openShareKey(practitioner.privateKey, altered, keyAd)).rejects.toBeInstanceOf(
          RecordRefusedError,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('shared records', () => {
  it('opens what the right side sealed', async () => {
    const sealed = await sealShared(shareKey, ad, item);
    expect(await openShared(shareKey, ad, sealed)).toEqual(item);
    const fromPractitioner = { ...ad, recordId: id(4), author: 'practitioner' as const };
    const note = await sealShared(shareKey, fromPractitioner, reflection);
    expect(await openShared(shareKey, fromPractitioner, note)).toEqual(reflection);
  });

  it('refuses a record opened as another record, share, author or version', async () => {
    const sealed = await sealShared(shareKey, ad, item);
    for (const other of [
      { ...ad, recordId: id(8) },
      { ...ad, shareId: id(8) },
      { ...ad, author: 'practitioner' as const },
      { ...ad, version: 2 },
    ]) {
      await expect(openShared(shareKey, other, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
    }
    await expect(openShared(shareKey, { ...ad, version: 0 }, sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    const otherKey = await newShareKey();
    await expect(openShared(otherKey, ad, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('refuses to seal a payload for the wrong side or of the wrong shape', async () => {
    await expect(sealShared(shareKey, { ...ad, author: 'practitioner' }, item)).rejects.toThrow(RangeError);
    await expect(sealShared(shareKey, ad, reflection)).rejects.toThrow(RangeError);
    const long = { ...reflection, text: 'x'.repeat(20_001) };
    await expect(sealShared(shareKey, { ...ad, author: 'practitioner' }, long)).rejects.toThrow(RangeError);
    await expect(sealShared(shareKey, { ...ad, version: 0 }, item)).rejects.toThrow(RangeError);
  });

  it('refuses a well-sealed payload of a type the author may not write, or of the wrong shape', async () => {
    // Sealed by hand, as a modified client could: a "reflection" under the client's name.
    const { gcmSeal, labels } = await import('./primitives.ts');
    const { hkdf } = await import('./primitives.ts');
    const key = await (await hkdf(fromBase64Url(shareKey.raw))).aesKey(labels.sharedRecordKey);
    const sealBy = async (payload: unknown) => {
      const text = `${labels.sharedRecordAd}\u0000${ad.shareId}\u0000${ad.recordId}\u0000${ad.author}\u0000${ad.version}`;
      const body = await gcmSeal(
        key,
        new TextEncoder().encode(JSON.stringify(payload)),
        new TextEncoder().encode(text),
      );
      return new Uint8Array([1, ...body]);
    };
    expect(await openShared(shareKey, ad, await sealBy(item))).toEqual(item);
    await expect(openShared(shareKey, ad, await sealBy(reflection))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openShared(shareKey, ad, await sealBy({ ...item, extra: 1 }))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openShared(shareKey, ad, await sealBy('text'))).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('refuses any altered byte, garbage and an unknown format', async () => {
    const sealed = await sealShared(shareKey, ad, item);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const altered = sealed.slice();
        altered[at] = (altered[at] ?? 0) ^ flip;
        await expect(openShared(shareKey, ad, altered)).rejects.toBeInstanceOf(RecordRefusedError);
      }),
      { numRuns: 40 },
    );
    await expect(openShared(shareKey, ad, new TextEncoder().encode('***'))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    await expect(openShared(shareKey, ad, new Uint8Array(0))).rejects.toBeInstanceOf(RecordRefusedError);
    await expect(openShared(shareKey, ad, sealed.subarray(0, 20))).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('never holds the plaintext, and pads so sizes say little', async () => {
    const sealed = await sealShared(shareKey, ad, item);
    const text = new TextDecoder('latin1').decode(sealed);
    expect(text).not.toContain('canary-shared');
    expect(text).not.toContain('journal-entry');
    expect((sealed.length - 1 - 12 - 16) % 256).toBe(0);
  });
});

describe('client label', () => {
  it('round-trips for its share and refuses another share', async () => {
    const sealed = await sealClientLabel(shareKey, id(1), 'Sam <b>');
    expect(await openClientLabel(shareKey, id(1), sealed)).toBe('Sam <b>');
    await expect(openClientLabel(shareKey, id(9), sealed)).rejects.toBeInstanceOf(RecordRefusedError);
    await expect(openClientLabel(await newShareKey(), id(1), sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('is not interchangeable with a shared record', async () => {
    const sealed = await sealClientLabel(shareKey, id(1), 'Sam');
    await expect(openShared(shareKey, ad, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('refuses an empty or over-long label', async () => {
    await expect(sealClientLabel(shareKey, id(1), '  ')).rejects.toThrow(RangeError);
    await expect(sealClientLabel(shareKey, id(1), 'x'.repeat(201))).rejects.toThrow(RangeError);
  });
});
