import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, makeUuidV7, toBase64Url } from '@tend/core';
import {
  newInvitation,
  openInvitationProfile,
  readInvitationCode,
  RecordRefusedError,
  sealInvitationProfile,
  type InvitationProfile,
} from './index.ts';

const profile: InvitationProfile = {
  practitionerId: makeUuidV7(1_700_000_000_000, new Uint8Array(10).fill(2)),
  name: 'Robin Ash',
  practice: 'Riverside Counselling',
  publicKey: toBase64Url(new Uint8Array(32).fill(9)),
};
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('invitation code', () => {
  it('is TEND- and five groups of four Crockford characters, fresh each time', async () => {
    const a = await newInvitation();
    const b = await newInvitation();
    expect(a.code).toMatch(/^TEND(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}){5}$/);
    expect(a.code).not.toBe(b.code);
    expect(fromBase64Url(a.lookup)).toHaveLength(32);
    expect(a.lookup).not.toBe(b.lookup);
  });

  it('reads back the same secret however it is typed', async () => {
    const invitation = await newInvitation();
    const bare = invitation.code.slice('TEND-'.length);
    const loose = [
      invitation.code,
      invitation.code.toLowerCase(),
      bare,
      bare.replace(/-/g, ' '),
      bare.replace(/-/g, ''),
      `  tend ${bare.toLowerCase().replace(/-/g, '  ')}  `,
      invitation.code.replace(/0/g, 'O').replace(/1/g, 'l'),
      invitation.code.replace(/1/g, 'I').replace(/0/g, 'o'),
      `https://tend.example/join#${invitation.code}`,
      `https://tend.example/join#code=${encodeURIComponent(bare)}`,
    ];
    for (const text of loose) {
      const read = await readInvitationCode(text);
      expect(read.code).toBe(invitation.code);
      expect(read.lookup).toBe(invitation.lookup);
    }
  });

  it('reads any 20 Crockford characters and refuses anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...crockford), { minLength: 20, maxLength: 20 }),
        async (chars) => {
          const code = `TEND-${chars.join('').match(/.{4}/g)?.join('-')}`;
          expect((await readInvitationCode(code.toLowerCase())).code).toBe(code);
        },
      ),
      { numRuns: 30 },
    );
    for (const bad of [
      '',
      'TEND',
      'TEND-ABCD-ABCD-ABCD',
      'TEND-ABCD-ABCD-ABCD-ABCD-ABCD-A',
      'TEND-ABCD-ABCD-ABCD-ABCD-ABCU',
      'TEND-ABCD-ABCD-ABCD-ABCD-ABC!',
      'https://tend.example/join',
      'https://tend.example/join#',
      'https://tend.example/join#%E0%A4%A',
    ]) {
      await expect(readInvitationCode(bad)).rejects.toThrow(RangeError);
    }
  });
});

describe('invitation profile', () => {
  it('opens only with the code it was sealed for', async () => {
    const invitation = await newInvitation();
    const sealed = await sealInvitationProfile(invitation, profile);
    const typed = await readInvitationCode(invitation.code.toLowerCase());
    expect(await openInvitationProfile(typed, sealed)).toEqual(profile);
    await expect(openInvitationProfile(await newInvitation(), sealed)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    expect(sealed).toBeInstanceOf(Uint8Array);
    const altered = sealed.slice();
    altered[20] = (altered[20] ?? 0) ^ 1;
    await expect(openInvitationProfile(invitation, altered)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('never holds the names in the clear', async () => {
    const invitation = await newInvitation();
    const sealed = await sealInvitationProfile(invitation, profile);
    const text = new TextDecoder('latin1').decode(sealed);
    expect(text).not.toContain('Robin');
    expect(text).not.toContain('Riverside');
  });

  it('refuses to seal a profile that is not well-formed', async () => {
    const invitation = await newInvitation();
    for (const bad of [
      { ...profile, practitionerId: 'someone' },
      { ...profile, name: '' },
      { ...profile, name: 'x'.repeat(201) },
      { ...profile, publicKey: toBase64Url(new Uint8Array(31)) },
    ]) {
      await expect(sealInvitationProfile(invitation, bad)).rejects.toThrow(RangeError);
    }
  });
});
