import { describe, expect, it } from 'vitest';
import { recordKindness } from '../kindness/record-kindness.ts';
import { makePart } from '../parts/test-factories.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { isConnection, isPracticeReply, isSessionList, isSharedItem } from './check-practice.ts';
import { endConnection } from './end-connection.ts';
import { editPracticeReply, practiceReply } from './practice-reply.ts';
import { practiceLimits } from './practice.ts';
import { editSessionList, sessionList } from './session-list.ts';
import { setGoingForward } from './set-going-forward.ts';
import { shareItem } from './share-item.ts';
import { startConnection } from './start-connection.ts';
import { idOf, makeConnection, memoryVault, testPorts } from './test-factories.ts';
import { unshareItem } from './unshare-item.ts';

const start = Date.UTC(2026, 2, 4, 9);

describe('startConnection', () => {
  it('starts with nothing shared and nothing going forward', () => {
    const ports = testPorts(start);
    const connection = makeConnection(ports, '  Sam ');
    expect(connection.fields).toMatchObject({
      myName: 'Sam',
      goingForward: [],
      connectedAt: start,
      endedAt: null,
      endedBy: null,
      accessLogHead: null,
      seenPractitionerSeq: 0,
    });
    expect(isConnection(connection)).toBe(true);
    expect(parseVaultObject(JSON.parse(JSON.stringify(connection)))).toEqual(connection);
  });

  it('needs a name to be known by, within the limits', () => {
    const draft = {
      shareId: idOf(1),
      shareKey: 'k',
      practitionerId: idOf(2),
      practitionerName: 'Robin',
      practiceName: 'Riverside',
      practitionerPublicKey: 'p',
    };
    const problems = (myName: string, more = {}) => {
      const result = startConnection(testPorts(), { ...draft, myName, ...more });
      return result.ok ? [] : result.problems;
    };
    expect(problems(' ')).toEqual(['my-name-missing']);
    expect(problems('x'.repeat(practiceLimits.name + 1))).toEqual(['my-name-too-long']);
    expect(problems('Sam', { shareKey: '' })).toEqual(['share-key-missing']);
    expect(problems('Sam', { practiceName: 'x'.repeat(201) })).toEqual(['practice-name-too-long']);
  });
});

describe('going forward and ending', () => {
  it('notes when a kind was turned on, once, and forgets it when turned off', () => {
    const ports = testPorts(start);
    const connection = makeConnection(ports);
    ports.tick(1_000);
    const on = setGoingForward(ports, connection, 'journal-entry', true);
    expect(on.fields.goingForward).toEqual([{ kind: 'journal-entry', since: start + 1_000 }]);
    ports.tick(1_000);
    expect(setGoingForward(ports, on, 'journal-entry', true)).toBe(on);
    const both = setGoingForward(ports, on, 'meeting', true);
    expect(both.fields.goingForward.map((g) => g.kind)).toEqual(['journal-entry', 'meeting']);
    expect(setGoingForward(ports, both, 'journal-entry', false).fields.goingForward).toEqual([
      { kind: 'meeting', since: start + 2_000 },
    ]);
  });

  it('ends once, forgetting the share key and what went forward', () => {
    const ports = testPorts(start);
    const connection = setGoingForward(ports, makeConnection(ports), 'pause', true);
    ports.tick(5_000);
    const ended = endConnection(ports, connection, 'practitioner');
    expect(ended.fields).toMatchObject({
      shareKey: '',
      goingForward: [],
      endedAt: start + 5_000,
      endedBy: 'practitioner',
    });
    ports.tick(5_000);
    expect(endConnection(ports, ended, 'me')).toBe(ended);
    expect(setGoingForward(ports, ended, 'meeting', true)).toBe(ended);
  });
});

describe('shareItem and unshareItem', () => {
  it('keeps the document of a snapshot and renders a live item later', () => {
    const ports = testPorts(start);
    const vault = memoryVault();
    const connection = makeConnection(ports);
    const part = makePart(ports, { name: 'Inner critic', feels: 'Watchful' });
    const snapshot = shareItem(ports, { connection, source: part, mode: 'snapshot', lookup: vault.get });
    const live = shareItem(ports, { connection, source: part, mode: 'live', lookup: vault.get });
    if (!snapshot.ok || !live.ok) throw new Error('share');
    expect(snapshot.item.fields).toMatchObject({
      connectionId: connection.id,
      sourceId: part.id,
      sourceKind: 'part',
      mode: 'snapshot',
      snapshot: { kind: 'part', title: 'Inner critic' },
      sharedAt: start,
      isGoingForward: false,
      unsharedAt: null,
    });
    expect(live.item.fields.snapshot).toBeNull();
    expect(isSharedItem(snapshot.item) && isSharedItem(live.item)).toBe(true);
    ports.tick(1);
    const unshared = unshareItem(ports, snapshot.item);
    expect(unshared.fields).toMatchObject({ unsharedAt: start + 1, snapshot: null });
    expect(unshareItem(ports, unshared)).toBe(unshared);
  });

  it('refuses what cannot be shared and a connection that ended', () => {
    const ports = testPorts(start);
    const connection = makeConnection(ports);
    const kindness = recordKindness(ports, { what: 'rested' });
    if (!kindness.ok) throw new Error('kindness');
    const lookup = () => undefined;
    expect(shareItem(ports, { connection, source: kindness.moment, mode: 'live', lookup })).toEqual({
      ok: false,
      problems: ['not-shareable'],
    });
    const ended = endConnection(ports, connection, 'me');
    expect(shareItem(ports, { connection: ended, source: makePart(ports), mode: 'live', lookup })).toEqual({
      ok: false,
      problems: ['connection-ended'],
    });
  });
});

describe('session list and replies', () => {
  it('keeps a list of shared items and own words, and says what is wrong', () => {
    const ports = testPorts(start);
    const connectionId = idOf(1);
    const made = sessionList(ports, {
      connectionId,
      entries: [{ id: idOf(2), sharedItemId: idOf(3), text: '' }],
      forDate: '2026-03-10',
    });
    if (!made.ok) throw new Error(made.problems.join());
    expect(isSessionList(made.sessionList)).toBe(true);
    const problems = (changes: Parameters<typeof editSessionList>[2]) => {
      const result = editSessionList(ports, made.sessionList, changes);
      return result.ok ? [] : result.problems;
    };
    expect(problems({ forDate: '2026-02-30' })).toEqual(['date-invalid']);
    expect(problems({ entries: [{ id: idOf(4), sharedItemId: null, text: '  ' }] })).toEqual(['entry-empty']);
    expect(problems({ entries: [{ id: idOf(4), sharedItemId: null, text: 'x'.repeat(2_001) }] })).toEqual([
      'entry-too-long',
    ]);
    const many = Array.from({ length: 101 }, (_, i) => ({ id: idOf(10 + i), sharedItemId: null, text: 'x' }));
    expect(problems({ entries: many })).toEqual(['too-many-entries']);
    const twice = { id: idOf(4), sharedItemId: null, text: 'x' };
    expect(problems({ entries: [twice, twice] })).toEqual(['entry-repeated']);
    expect(problems({ entries: [{ id: 'x', sharedItemId: null, text: 'x' }] })).toEqual(['entry-invalid']);
  });

  it('keeps a reply with words or a decision', () => {
    const ports = testPorts(start);
    const draft = { connectionId: idOf(1), toId: idOf(2) };
    const made = practiceReply(ports, { ...draft, decision: 'accepted' });
    if (!made.ok) throw new Error(made.problems.join());
    expect(made.reply.fields).toEqual({ ...draft, text: '', decision: 'accepted' });
    expect(isPracticeReply(made.reply)).toBe(true);
    expect(practiceReply(ports, draft)).toEqual({ ok: false, problems: ['empty'] });
    expect(practiceReply(ports, { ...draft, toId: 'x', text: 'hi' })).toEqual({
      ok: false,
      problems: ['to-invalid'],
    });
    const edited = editPracticeReply(ports, made.reply, { decision: 'left', text: 'Not now' });
    expect(edited.ok && edited.reply.fields).toMatchObject({ decision: 'left', text: 'Not now' });
    expect(editPracticeReply(ports, made.reply, { text: 'x'.repeat(20_001) })).toEqual({
      ok: false,
      problems: ['text-too-long'],
    });
  });

  it('guards tell the practice objects apart from anything else', () => {
    const other = newVaultObject(idOf(9), 'practice-shared-item', { connectionId: idOf(1) }, start);
    expect(isSharedItem(other)).toBe(false);
    expect(isConnection(other)).toBe(false);
    expect(isSessionList(other)).toBe(false);
    expect(isPracticeReply(other)).toBe(false);
  });
});
