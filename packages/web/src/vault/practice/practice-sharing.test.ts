import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { editVaultObject, englishShare, sharedItemKind, toBase64Url, type SharedItem } from '@tend/core';
import { sharingProblems } from '../practice-service.ts';
import type { VaultService } from '../vault-service.ts';
import {
  bodies,
  connected,
  journalEntry,
  newId,
  onlineSwitch,
  practiceOf,
  closeServers,
  freshServer,
} from './testing/practice-kit.ts';

const itemsOf = (client: VaultService) => client.list(sharedItemKind) as readonly SharedItem[];
const itemFor = (client: VaultService, sourceId: string) =>
  itemsOf(client).find((i) => i.fields.sourceId === sourceId);

afterEach(closeServers);

describe('sharing from the client to the practitioner', () => {
  it('reaches the practitioner whole when the server answers a page at a time', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    // Large entries of words that do not compress, so the share holds more than the server sends in
    // one page (maxPageBytes).
    const titles = ['First', 'Second', 'Third', ...Array.from({ length: 27 }, (_, i) => `More ${i + 1}`)];
    const words = () =>
      Array.from({ length: 3 }, () => toBase64Url(crypto.getRandomValues(new Uint8Array(45_000)))).join(' ');
    const entries = titles.map((title) => journalEntry(title, words()));
    for (const entry of entries) {
      await client.save(entry);
      await practiceOf(client).share(connectionId, entry.id, 'snapshot');
    }
    await practiceOf(client).settle();
    const before = api.seen.length;
    const view = await practiceOf(practitioner).openClient(shareId);
    expect(view.items.map((i) => i.document.title).sort()).toEqual([...titles].sort());
    const pages = api.seen.slice(before).filter((r) => r.route === 'shareRecords');
    expect(pages.length).toBeGreaterThan(1);
    expect(practiceOf(practitioner).snapshot().clients[0]?.hasNew).toBe(false);
  });

  it('writes what is shared in the writer’s language, kept as it was and kept up to date alike', async () => {
    const api = await freshServer();
    // A language of its own: every label marked, so the practitioner's copy shows whose words they are.
    const marked = { ...englishShare, labels: { ...englishShare.labels, entry: '«Eintrag»' } };
    const { practitioner, client, connectionId, shareId } = await connected(api, {
      clientOptions: { shareLanguage: async () => marked },
    });
    const kept = journalEntry('Kept as it was', 'the first words');
    const live = journalEntry('Kept up to date', 'the live words');
    await client.save(kept);
    await client.save(live);
    await practiceOf(client).share(connectionId, kept.id, 'snapshot');
    await practiceOf(client).share(connectionId, live.id, 'live');
    await practiceOf(client).settle();
    const view = await practiceOf(practitioner).openClient(shareId);
    expect(view.items.map((i) => i.document.sections.map((s) => s.label))).toEqual([
      ['«Eintrag»'],
      ['«Eintrag»'],
    ]);
  });

  it('shares snapshots, live items, kinds going forward and a session list', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    const kept = journalEntry('Kept as it was', 'canary-51c2 the first words');
    const live = journalEntry('Kept up to date', 'canary-51c2 the live words');
    await client.save(kept);
    await client.save(live);
    await practiceOf(client).share(connectionId, kept.id, 'snapshot');
    await practiceOf(client).share(connectionId, live.id, 'live');
    await practiceOf(client).settle();

    await practiceOf(practitioner).refresh();
    expect(practiceOf(practitioner).snapshot().clients[0]?.hasNew).toBe(true);
    const first = await practiceOf(practitioner).openClient(shareId);
    expect(first).toMatchObject({ shareId, name: 'River', refused: 0, sessionList: null, notes: [] });
    expect(first.items.map((i) => [i.document.title, i.mode])).toEqual(
      expect.arrayContaining([
        ['Kept as it was', 'snapshot'],
        ['Kept up to date', 'live'],
      ]),
    );
    expect(practiceOf(practitioner).snapshot().clients[0]?.hasNew).toBe(false);

    // Editing the originals: the live copy follows, the snapshot does not.
    await client.save(editVaultObject(kept, { body: 'changed after sharing' }, Date.now() + 1));
    await client.save(editVaultObject(live, { body: 'the live words, changed' }, Date.now() + 1));
    await practiceOf(client).settle();
    const second = await practiceOf(practitioner).openClient(shareId);
    const text = (title: string) =>
      second.items.find((i) => i.document.title === title)?.document.sections.map((s) => s.text);
    expect(text('Kept as it was')).toEqual(['canary-51c2 the first words']);
    expect(text('Kept up to date')).toEqual(['the live words, changed']);
    expect(second.items[0]?.document.title).toBe('Kept up to date');

    // A kind shared going forward picks up what is written from now on, not what came before.
    await practiceOf(client).setGoingForward(connectionId, 'journal-entry', true);
    expect(practiceOf(client).snapshot().connections[0]?.goingForward).toEqual(['journal-entry']);
    const earlier = journalEntry('Written before', 'not shared');
    await client.save({ ...earlier, createdAt: earlier.createdAt - 60_000 });
    const later = journalEntry('Written after', 'shared on its own');
    await client.save(later);
    await practiceOf(client).settle();
    expect(itemFor(client, later.id)?.fields).toMatchObject({ isGoingForward: true, mode: 'live' });
    expect(itemFor(client, earlier.id)).toBeUndefined();
    const third = await practiceOf(practitioner).openClient(shareId);
    expect(third.items.map((i) => i.document.title)).toContain('Written after');
    expect(third.items).toHaveLength(3);

    // What to bring to session: a shared item and the client's own words.
    const keptItem = itemFor(client, kept.id);
    await practiceOf(client).saveSessionList(connectionId, {
      entries: [
        { id: newId(), sharedItemId: keptItem?.id ?? null, text: 'this one first' },
        { id: newId(), sharedItemId: null, text: 'how the week went' },
      ],
      forDate: '2025-03-04',
    });
    await practiceOf(client).settle();
    const fourth = await practiceOf(practitioner).openClient(shareId);
    expect(fourth.sessionList).toMatchObject({
      forDate: '2025-03-04',
      entries: [
        { itemId: keptItem?.id, text: 'this one first' },
        { itemId: null, text: 'how the week went' },
      ],
    });

    // Mirroring again with nothing changed writes nothing.
    const writes = api.seen.filter((r) => r.route === 'writeShared').length;
    await practiceOf(client).refresh();
    expect(api.seen.filter((r) => r.route === 'writeShared')).toHaveLength(writes);
    expect(bodies(api)).not.toContain('canary-51c2');
    expect(bodies(api)).not.toContain('how the week went');
  }, 60_000);

  it('unshares at once: the copy leaves the server before the call returns', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    const entry = journalEntry('To take back', 'words');
    await client.save(entry);
    await practiceOf(client).share(connectionId, entry.id, 'live');
    await practiceOf(client).settle();
    expect(await api.practice.sharedRecords(shareId)).toHaveLength(1);
    const item = itemFor(client, entry.id);
    await practiceOf(client).unshare(item?.id ?? '');
    expect(await api.practice.sharedRecords(shareId)).toHaveLength(0);
    expect(itemFor(client, entry.id)?.fields.unsharedAt).toEqual(expect.any(Number));
    expect(client.get(entry.id)).toEqual(entry);
    expect((await practiceOf(practitioner).openClient(shareId)).items).toEqual([]);
  }, 60_000);

  it('shares while offline, and mirrors when the network returns', async () => {
    const api = await freshServer();
    const online = onlineSwitch();
    const { practitioner, client, connectionId, shareId } = await connected(api, { online });
    const entry = journalEntry('Written on a train', 'offline words');
    await client.save(entry);
    api.setOffline(true);
    await practiceOf(client).share(connectionId, entry.id, 'live');
    await practiceOf(client).settle();
    expect(itemFor(client, entry.id)).toBeDefined();
    expect(await api.practice.sharedRecords(shareId)).toHaveLength(0);
    // The person is told it waits, the way the sync line tells them.
    expect(practiceOf(client).snapshot().sharing).toEqual({ status: 'waiting', problem: null });

    // An unshare offline says so, once the vault has it.
    const other = journalEntry('Second thoughts', 'also offline');
    await client.save(other);
    await practiceOf(client).share(connectionId, other.id, 'live');
    await expect(practiceOf(client).unshare(itemFor(client, other.id)?.id ?? '')).rejects.toMatchObject({
      code: 'offline',
    });
    expect(itemFor(client, other.id)?.fields.unsharedAt).toEqual(expect.any(Number));

    api.setOffline(false);
    online.fire();
    await expect.poll(async () => (await api.practice.sharedRecords(shareId)).length).toBe(1);
    await practiceOf(client).settle();
    const view = await practiceOf(practitioner).openClient(shareId);
    expect(view.items.map((i) => i.document.title)).toEqual(['Written on a train']);
    expect(practiceOf(client).snapshot().sharing).toEqual({ status: 'ok', problem: null });
  }, 60_000);

  it('says when a connection ended offline has not left the server, until it has', async () => {
    const api = await freshServer();
    const online = onlineSwitch();
    const { practitioner, client, connectionId, shareId } = await connected(api, { online });
    api.setOffline(true);
    await expect(practiceOf(client).endConnection({ connectionId })).rejects.toMatchObject({
      code: 'offline',
    });
    expect(practiceOf(client).snapshot().sharing).toEqual({
      status: 'waiting',
      problem: sharingProblems.endPending,
    });
    api.setOffline(false);
    await practiceOf(client).refresh();
    expect(practiceOf(client).snapshot().sharing).toEqual({ status: 'ok', problem: null });
    await practiceOf(practitioner).refresh();
    expect(
      practiceOf(practitioner)
        .snapshot()
        .clients.map((c) => c.shareId),
    ).not.toContain(shareId);
  }, 60_000);
});
