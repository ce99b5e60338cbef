import { accessLogEntryText, accessLogGenesis } from '@tend/contract';
import { describe, expect, it } from 'vitest';
import { accessLogHash, nextAccessLogEntry } from './access-log-entry.ts';

const webCryptoHash = async (text: string) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('base64url');

const fetch = (at: number, recordIds: string[]) => ({
  shareId: '0190a6b2-0000-7000-8000-000000000001',
  practitionerId: '0190a6b2-0000-7000-8000-000000000002',
  at,
  recordIds,
});

describe('access log entries', () => {
  it('start from the genesis value and chain each entry to the hash of the one before', async () => {
    const first = nextAccessLogEntry(undefined, fetch(1000, []));
    const second = nextAccessLogEntry(first, fetch(2000, ['b', 'a']));
    expect([first.seq, first.prevHash]).toEqual([1, accessLogGenesis]);
    expect([second.seq, second.prevHash, second.recordIds]).toEqual([2, first.hash, ['b', 'a']]);
    for (const entry of [first, second]) {
      const { hash, ...fields } = entry;
      // The same digest the app computes with WebCrypto over the contract's text.
      expect(hash).toBe(await webCryptoHash(accessLogEntryText(fields)));
      expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('change their hash when any field changes, the order of record ids included', () => {
    const entry = nextAccessLogEntry({ seq: 4, hash: 'h' }, fetch(1, ['a', 'b']));
    const fields = { ...entry, hash: undefined };
    expect(accessLogHash(fields)).toBe(entry.hash);
    for (const change of [
      { seq: 6 },
      { at: 2 },
      { prevHash: 'other' },
      { recordIds: ['b', 'a'] },
      { shareId: 'x' },
      { practitionerId: 'y' },
    ]) {
      expect(accessLogHash({ ...fields, ...change })).not.toBe(entry.hash);
    }
  });
});
