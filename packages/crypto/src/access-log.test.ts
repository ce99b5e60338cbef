import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accessLogGenesis, makeUuidV7 } from '@tend/core';
import { accessLogHash, verifyAccessLog, type AccessLogEntry } from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));

/** A chain as the server writes it. */
async function chain(length: number, from: { seq: number; hash: string } | null = null) {
  const entries: AccessLogEntry[] = [];
  let prev = from;
  for (let i = 0; i < length; i += 1) {
    const seq = (prev?.seq ?? 0) + 1;
    const fields = {
      seq,
      shareId: id(1),
      practitionerId: id(2),
      at: 1_700_000_000_000 + seq * 1000,
      recordIds: seq % 3 === 0 ? [] : [id(10 + seq), id(20 + seq)],
      prevHash: prev?.hash ?? accessLogGenesis,
    };
    const entry = { ...fields, hash: await accessLogHash(fields) };
    entries.push(entry);
    prev = { seq, hash: entry.hash };
  }
  return entries;
}

const log = await chain(8);
const headOf = (entry: AccessLogEntry | undefined) => ({ seq: entry?.seq ?? 0, hash: entry?.hash ?? '' });

describe('access log hash', () => {
  it('is base64url SHA-256 and covers every field and the order of record ids', async () => {
    const [first] = log;
    if (!first) throw new Error('no entry');
    expect(first.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const changes = [
      { seq: 2 },
      { shareId: id(7) },
      { practitionerId: id(7) },
      { at: first.at + 1 },
      { recordIds: [...first.recordIds].reverse() },
      { prevHash: 'x' },
    ];
    for (const change of changes) expect(await accessLogHash({ ...first, ...change })).not.toBe(first.hash);
  });
});

describe('verifyAccessLog', () => {
  it('accepts an intact chain and names its head', async () => {
    expect(await verifyAccessLog(log)).toEqual({ ok: true, head: headOf(log[7]) });
    expect(await verifyAccessLog([])).toEqual({ ok: true, head: null });
    expect(await verifyAccessLog(log, { knownHead: headOf(log[3]) })).toEqual({
      ok: true,
      head: headOf(log[7]),
    });
  });

  it('continues from a verified point', async () => {
    const after = headOf(log[4]);
    expect(await verifyAccessLog(log.slice(5), { after })).toEqual({ ok: true, head: headOf(log[7]) });
    expect(await verifyAccessLog([], { after })).toEqual({ ok: true, head: after });
    expect(await verifyAccessLog(log.slice(5), { after, knownHead: after })).toEqual({
      ok: true,
      head: headOf(log[7]),
    });
    expect(await verifyAccessLog(log.slice(5), { after: { ...after, hash: 'other' } })).toEqual({
      ok: false,
      atSeq: 6,
    });
  });

  it('detects an altered entry', async () => {
    const altered = log.map((e) => (e.seq === 4 ? { ...e, recordIds: [id(99)] } : e));
    expect(await verifyAccessLog(altered)).toEqual({ ok: false, atSeq: 4 });
  });

  it('detects an entry removed from the middle', async () => {
    expect(await verifyAccessLog([...log.slice(0, 3), ...log.slice(4)])).toEqual({ ok: false, atSeq: 4 });
  });

  it('detects reordering', async () => {
    const swapped = [...log];
    [swapped[2], swapped[3]] = [log[3] as AccessLogEntry, log[2] as AccessLogEntry];
    expect(await verifyAccessLog(swapped)).toEqual({ ok: false, atSeq: 3 });
  });

  it('detects a changed hash', async () => {
    const changed = log.map((e) =>
      e.seq === 8 ? { ...e, hash: e.hash.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) } : e,
    );
    expect(await verifyAccessLog(changed)).toEqual({ ok: false, atSeq: 8 });
  });

  it('detects a chain rewritten from scratch that no longer holds the known head', async () => {
    // A valid chain, but not the one the client saw: the 4th entry's record ids differ.
    const rewritten = await chain(3);
    const fourth = { ...(log[3] as AccessLogEntry), recordIds: [], prevHash: headOf(rewritten[2]).hash };
    const rest = await chain(4, { seq: 4, hash: await accessLogHash(fourth) });
    const forged = [...rewritten, { ...fourth, hash: await accessLogHash(fourth) }, ...rest];
    expect((await verifyAccessLog(forged)).ok).toBe(true);
    expect(await verifyAccessLog(forged, { knownHead: headOf(log[5]) })).toEqual({ ok: false, atSeq: 6 });
    // Truncated or wiped.
    expect(await verifyAccessLog(log.slice(0, 4), { knownHead: headOf(log[5]) })).toEqual({
      ok: false,
      atSeq: 6,
    });
    expect(await verifyAccessLog([], { knownHead: headOf(log[0]) })).toEqual({ ok: false, atSeq: 1 });
  });

  it('refuses any single change to any entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(log.length - 1),
        fc.constantFrom('seq', 'shareId', 'practitionerId', 'at', 'recordIds', 'prevHash', 'hash'),
        async (at, field) => {
          const entry = log[at] as AccessLogEntry;
          const changed: AccessLogEntry = {
            ...entry,
            ...(field === 'seq' ? { seq: entry.seq + 1 } : {}),
            ...(field === 'at' ? { at: entry.at + 1 } : {}),
            ...(field === 'recordIds' ? { recordIds: [...entry.recordIds, id(50)] } : {}),
            ...(field === 'shareId' || field === 'practitionerId' ? { [field]: id(60) } : {}),
            ...(field === 'prevHash' || field === 'hash' ? { [field]: `${entry[field]}x` } : {}),
          };
          const entries = log.map((e, i) => (i === at ? changed : e));
          expect((await verifyAccessLog(entries)).ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
