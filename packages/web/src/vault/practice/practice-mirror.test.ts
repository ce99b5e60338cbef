import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { maxSharedRecordBatch, WriteSharedRequest } from '@tend/contract';
import { editVaultObject } from '@tend/core';
import { testService } from '../testing/service-kit.ts';
import {
  connected,
  journalEntry,
  passphrase,
  practiceOf,
  closeServers,
  freshServer,
} from './testing/practice-kit.ts';

afterEach(closeServers);
describe('mirroring the client side', () => {
  it('sends many changes in batches the server takes', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    await practiceOf(client).setGoingForward(connectionId, 'journal-entry', true);
    for (let i = 0; i < maxSharedRecordBatch + 20; i += 1)
      await client.save(journalEntry(`Entry ${i}`, 'a line'));
    await practiceOf(client).settle();
    const batches = api.seen
      .filter((r) => r.route === 'writeShared')
      .map((r) => WriteSharedRequest.parse(JSON.parse(r.body)).changes.length);
    expect(Math.max(...batches)).toBeLessThanOrEqual(maxSharedRecordBatch);
    expect(await api.practice.sharedRecords(shareId)).toHaveLength(maxSharedRecordBatch + 20);
    expect((await practiceOf(practitioner).openClient(shareId)).items).toHaveLength(
      maxSharedRecordBatch + 20,
    );
  }, 60_000);

  it('keeps two of the client’s devices in step on one share', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    const entry = journalEntry('From two places', 'first words');
    await client.save(entry);
    await practiceOf(client).share(connectionId, entry.id, 'live');
    await practiceOf(client).settle();

    const phone = testService(api);
    await phone.status();
    await phone.signIn(client.account()?.username ?? '', passphrase);
    await phone.save(editVaultObject(entry, { body: 'words from the phone' }, Date.now() + 1_000));
    await practiceOf(phone).settle();
    await phone.syncNow();

    // The laptop remembers an older copy on the server: its write conflicts, it reads again and agrees.
    await client.syncNow();
    await practiceOf(client).settle();
    const [record] = await api.practice.sharedRecords(shareId);
    expect(record?.version).toBe(2);
    const view = await practiceOf(practitioner).openClient(shareId);
    expect(view.items[0]?.document.sections[0]?.text).toBe('words from the phone');
  }, 60_000);

  it('forgets the server’s state when the vault locks', async () => {
    const api = await freshServer();
    const { practitioner } = await connected(api);
    expect(practiceOf(practitioner).snapshot()).toMatchObject({ status: 'ready', isPractitioner: true });
    practitioner.lock();
    expect(practiceOf(practitioner).snapshot()).toMatchObject({ status: 'unavailable', clients: [] });
    await practitioner.unlock(passphrase);
    expect(practiceOf(practitioner).snapshot()).toMatchObject({ status: 'loading', clients: [] });
    await practiceOf(practitioner).refresh();
    expect(practiceOf(practitioner).snapshot().clients).toHaveLength(1);
  }, 60_000);
});
