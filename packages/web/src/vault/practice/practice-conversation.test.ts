import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionKind, sharedItemKind, type Connection } from '@tend/core';
import { accessLogHash } from '@tend/crypto';
import type { ServerApi } from '../testing/server-api.ts';
import type { VaultService } from '../vault-service.ts';
import {
  bodies,
  connected,
  journalEntry,
  newId,
  practiceOf,
  closeServers,
  freshServer,
} from './testing/practice-kit.ts';

/** A connection with one shared entry the practitioner can write about. */
async function withSharedEntry(api: ServerApi) {
  const setup = await connected(api);
  const entry = journalEntry('A hard evening', 'what happened');
  await setup.client.save(entry);
  await practiceOf(setup.client).share(setup.connectionId, entry.id, 'live');
  await practiceOf(setup.client).settle();
  const [item] = setup.client.list(sharedItemKind);
  return { ...setup, itemId: item?.id ?? '' };
}

const connectionOf = (client: VaultService, id: string) => client.get(id) as Connection | undefined;

afterEach(closeServers);
describe('the practitioner writes back', () => {
  it('reflects and suggests; the client reads, replies and accepts', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId, itemId } = await withSharedEntry(api);
    await practiceOf(practitioner).writeReflection(
      shareId,
      itemId,
      'canary-0b7e I noticed how gently you wrote',
    );
    await practiceOf(practitioner).suggestPractice(shareId, {
      practice: 'Five slow breaths before answering',
      note: 'Only if it feels right.',
      onItemId: null,
    });

    await practiceOf(client).refresh();
    expect(practiceOf(client).snapshot().connections[0]?.hasNew).toBe(true);
    const notes = await practiceOf(client).conversation(connectionId);
    expect(notes.map((n) => [n.type, n.text, n.onItemId, n.reply])).toEqual(
      expect.arrayContaining([
        ['reflection', 'canary-0b7e I noticed how gently you wrote', itemId, null],
        ['suggestion', 'Five slow breaths before answering', null, null],
      ]),
    );
    expect(practiceOf(client).snapshot().connections[0]?.hasNew).toBe(false);

    const reflection = notes.find((n) => n.type === 'reflection');
    const suggestion = notes.find((n) => n.type === 'suggestion');
    await practiceOf(client).reply(connectionId, reflection?.id ?? '', 'Thank you, it helped');
    await practiceOf(client).reply(connectionId, suggestion?.id ?? '', '', 'accepted');
    await practiceOf(client).settle();

    const view = await practiceOf(practitioner).openClient(shareId);
    const replyTo = (id: string | undefined) => view.notes.find((n) => n.id === id)?.reply;
    expect(replyTo(reflection?.id)).toEqual({ text: 'Thank you, it helped', decision: null });
    expect(replyTo(suggestion?.id)).toEqual({ text: '', decision: 'accepted' });
    expect(
      (await practiceOf(client).conversation(connectionId)).find((n) => n.type === 'suggestion')?.reply,
    ).toEqual({ text: '', decision: 'accepted' });

    // Withdrawn by the practitioner: gone from both sides.
    await practiceOf(practitioner).withdraw(shareId, reflection?.id ?? '');
    expect((await practiceOf(practitioner).openClient(shareId)).notes.map((n) => n.type)).toEqual([
      'suggestion',
    ]);
    expect((await practiceOf(client).conversation(connectionId)).map((n) => n.type)).toEqual(['suggestion']);
    expect(bodies(api)).not.toContain('canary-0b7e');
    expect(bodies(api)).not.toContain('Thank you, it helped');
  }, 60_000);
});

describe('the access log', () => {
  it('lists each time the practitioner opened the share, and verifies the chain', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId, itemId } = await withSharedEntry(api);
    await practiceOf(client).conversation(connectionId);
    expect((await practiceOf(client).accessLog(connectionId)).entries).toEqual([]);

    await practiceOf(practitioner).openClient(shareId);
    await practiceOf(practitioner).openClient(shareId);
    const log = await practiceOf(client).accessLog(connectionId);
    expect(log.verified).toBe(true);
    expect(log.entries.map((e) => [e.seq, e.itemIds])).toEqual([
      [2, [itemId]],
      [1, [itemId]],
    ]);
    expect(connectionOf(client, connectionId)?.fields.accessLogHead).toMatchObject({ seq: 2 });

    // A server that rewrites an entry is caught.
    const clientId = client.account()?.accountId ?? '';
    await api.practice.tamperAccessLog(clientId, 1, { recordIds: [] });
    expect((await practiceOf(client).accessLog(connectionId)).verified).toBe(false);
  }, 60_000);

  it('catches a rewrite of the whole chain before the head this device verified', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await withSharedEntry(api);
    await practiceOf(practitioner).openClient(shareId);
    expect((await practiceOf(client).accessLog(connectionId)).verified).toBe(true);
    const clientId = client.account()?.accountId ?? '';
    const [entry] = await api.practice.accessLogOf(clientId);
    // Internally consistent, but not the chain this device saw.
    const forged = { ...entry, at: 1, recordIds: [] } as NonNullable<typeof entry>;
    await api.practice.tamperAccessLog(clientId, 1, {
      at: 1,
      recordIds: [],
      hash: await accessLogHash(forged),
    });
    expect((await practiceOf(client).accessLog(connectionId)).verified).toBe(false);
  }, 60_000);
});

describe('ending a connection', () => {
  it('ended by the client: the share leaves the server and the practitioner is refused', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await withSharedEntry(api);
    await practiceOf(client).saveSessionList(connectionId, {
      entries: [{ id: newId(), sharedItemId: null, text: 'for next time' }],
      forDate: null,
    });
    await practiceOf(client).endConnection({ connectionId });
    expect(await api.practice.shareRows()).toEqual([]);
    expect(await api.practice.sharedRecords(shareId)).toEqual([]);
    await expect(practiceOf(practitioner).openClient(shareId)).rejects.toMatchObject({ code: 'not_found' });
    expect(practiceOf(practitioner).snapshot().clients).toEqual([]);
    expect(practiceOf(client).snapshot().connections[0]).toMatchObject({
      endedBy: 'me',
      endedAt: expect.any(Number),
    });
    expect(connectionOf(client, connectionId)?.fields.shareKey).toBe('');
    // The items stay, marked unshared, so the access log can still name what was opened.
    expect(client.list(sharedItemKind).map((item) => item.fields['unsharedAt'])).toEqual([
      expect.any(Number),
    ]);
    expect(client.list('practice-session-list')).toHaveLength(1);
  }, 60_000);

  it('ended by the practitioner: the client sees it ended, and nothing more is sealed to them', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await withSharedEntry(api);
    await practiceOf(practitioner).endConnection({ shareId });
    expect(practiceOf(practitioner).snapshot().clients).toEqual([]);
    await expect(practiceOf(practitioner).openClient(shareId)).rejects.toMatchObject({ code: 'not_found' });
    await practiceOf(client).refresh();
    expect(practiceOf(client).snapshot().connections[0]).toMatchObject({ endedBy: 'practitioner' });
    expect(client.list(connectionKind)).toHaveLength(1);
    expect(connectionOf(client, connectionId)?.fields.shareKey).toBe('');
    expect(client.list(sharedItemKind).map((item) => item.fields['unsharedAt'])).toEqual([
      expect.any(Number),
    ]);
    const after = journalEntry('After the end', 'private');
    await client.save(after);
    await expect(practiceOf(client).share(connectionId, after.id, 'live')).rejects.toBeInstanceOf(RangeError);
    await practiceOf(client).settle();
    expect(api.seen.filter((r) => r.route === 'writeShared' && r.body.includes(shareId))).toHaveLength(1);
  }, 60_000);
});
