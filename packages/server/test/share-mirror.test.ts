import { ShareRecordsResponse, WriteSharedResponse } from '@tend/contract';
import {
  endConnection,
  isConnection,
  isSharedItem,
  shareItem,
  startConnection,
  fromBase64Url,
  toBase64Url,
  unshareItem,
  writeJournalEntry,
  type Connection,
  type DomainPorts,
  type VaultObject,
} from '@tend/core';
import { importShareKey, openShared } from '@tend/crypto';
import {
  createShareMirror,
  createShareSealer,
  sharedChangeToWire,
  sharedRecordFromWire,
  sharedResultFromWire,
  type MirrorPorts,
  type SealedSharedChange,
  type ShareTransport,
} from '@tend/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newId } from './support/factories.ts';
import { callRoute, connect, fetchRecords, signUpPractitioner } from './support/practice.ts';
import { createTestServer, type SignedUp, type TestServer } from './support/test-server.ts';

/** The share routes of the server in process as the client's transport; a 404 is a share that is gone. */
function shareTransport(server: TestServer, cookie: string): ShareTransport {
  return {
    async records(shareId) {
      const response = await callRoute(server, 'shareRecords', { cookie, query: `?shareId=${shareId}` });
      if (response.status === 404) return null;
      expect(response.status).toBe(200);
      const page = ShareRecordsResponse.parse(await response.json());
      expect(page.hasMore).toBe(false);
      return page.records.map(sharedRecordFromWire);
    },
    async write(shareId, changes) {
      const body = { shareId, changes: changes.map(sharedChangeToWire) };
      const response = await callRoute(server, 'writeShared', { cookie, body });
      if (response.status === 404) return null;
      expect(response.status).toBe(200);
      return WriteSharedResponse.parse(await response.json()).results.map(sharedResultFromWire);
    },
  };
}

/** A client's vault in memory, connected to the share, as the mirror's ports see it. */
async function clientVault(transport: ShareTransport, shareId: string) {
  let now = 1_800_000_000_000;
  const domain: DomainPorts = { clock: { now: () => (now += 1) }, ids: { newId } };
  const objects = new Map<string, VaultObject>();
  const put = (object: VaultObject) => void objects.set(object.id, object);
  const shareKey = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const started = startConnection(domain, {
    shareId,
    shareKey,
    practitionerId: newId(),
    practitionerName: 'Robin Ash',
    practiceName: 'Riverside Counselling',
    practitionerPublicKey: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
    myName: 'Sam',
  });
  if (!started.ok) throw new Error(started.problems.join());
  put(started.connection);
  const connection = (): Connection => {
    const held = objects.get(started.connection.id);
    if (!held || !isConnection(held)) throw new Error('no connection');
    return held;
  };
  const ports: MirrorPorts = {
    side: {
      activeConnections: () => [connection().id],
      connection: (id) => (id === connection().id ? connection() : null),
      planInput: () => ({
        sharedItems: [...objects.values()].filter(isSharedItem),
        sessionList: null,
        replies: [],
        sources: (id) => objects.get(id),
        allObjects: (kind) => [...objects.values()].filter((o) => o.kind === kind),
      }),
      async saveItems(items) {
        items.forEach(put);
      },
      async endedByPractitioner(ended) {
        put(endConnection(domain, ended, 'practitioner'));
      },
    },
    transport,
    sealerFor: async (c) => createShareSealer(await importShareKey(c.fields.shareKey)),
    clock: domain.clock,
    newId,
  };
  const share = (title: string) => {
    const written = writeJournalEntry(domain, { title, body: `${title}, in words` });
    if (!written.ok) throw new Error(written.problems.join());
    put(written.entry);
    const made = shareItem(domain, {
      connection: connection(),
      source: written.entry,
      mode: 'live',
      lookup: (id) => objects.get(id),
    });
    if (!made.ok) throw new Error(made.problems.join());
    put(made.item);
    return made.item;
  };
  const unshare = (id: string) => {
    const item = objects.get(id);
    if (item && isSharedItem(item)) put(unshareItem(domain, item));
  };
  return { ports, connection, share, unshare, shareKey, items: () => [...objects.values()] };
}

/**
 * The sharing mirror of `@tend/sync` against the real server in process: what a client's device does
 * when its side of a connection changes, with the outcome it answers instead of throwing.
 */
describe.each(testDatabases())('the sharing mirror through the server on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  async function connected() {
    const practitioner = await signUpPractitioner(server);
    const client = await server.signUp();
    const shareId = await connect(server, client, practitioner);
    const vault = await clientVault(shareTransport(server, client.cookie), shareId);
    return { practitioner, client, shareId, vault };
  }

  const opened = async (shareKey: string, shareId: string, practitioner: SignedUp) => {
    const key = await importShareKey(shareKey);
    const records = await fetchRecords(server, practitioner, shareId);
    return Promise.all(
      records.map((r) =>
        openShared(
          key,
          { shareId, recordId: r.id, author: r.author, version: r.version },
          fromBase64Url(r.ciphertext),
        ),
      ),
    );
  };

  it('copies what is shared and removes what is unshared, and says what it sent', async () => {
    const { practitioner, shareId, vault } = await connected();
    const mirror = createShareMirror(vault.ports);
    const first = vault.share('A walk by the sea');
    vault.share('A quiet evening');
    expect(await mirror.run()).toEqual({ sent: 2, ended: [], problems: [] });
    const payloads = await opened(vault.shareKey, shareId, practitioner);
    expect(payloads.map((p) => (p.type === 'item' ? p.document.title : p.type)).sort()).toEqual([
      'A quiet evening',
      'A walk by the sea',
    ]);
    vault.unshare(first.id);
    expect(await mirror.run(vault.connection().id)).toEqual({ sent: 1, ended: [], problems: [] });
    expect(await fetchRecords(server, practitioner, shareId)).toHaveLength(1);
    expect(await mirror.run()).toEqual({ sent: 0, ended: [], problems: [] });
  });

  it('answers a server it cannot reach with a problem, never a throw, and sends once it can', async () => {
    const { client, practitioner, shareId } = await connected();
    let isDown = true;
    const real = shareTransport(server, client.cookie);
    const down = new Error('the network is down');
    const flaky: ShareTransport = {
      records: (id) => (isDown ? Promise.reject(down) : real.records(id)),
      write: (id, changes) => (isDown ? Promise.reject(down) : real.write(id, changes)),
    };
    const vault = await clientVault(flaky, shareId);
    const mirror = createShareMirror(vault.ports);
    vault.share('Written on a train');
    const connectionId = vault.connection().id;
    expect(await mirror.run()).toEqual({
      sent: 0,
      ended: [],
      problems: [{ connectionId, reason: 'failed', error: down }],
    });
    isDown = false;
    expect(await mirror.run()).toEqual({ sent: 1, ended: [], problems: [] });
    expect(await opened(vault.shareKey, shareId, practitioner)).toHaveLength(1);
  });

  it('ends the connection in the vault when the practitioner ended the share', async () => {
    const { practitioner, shareId, vault } = await connected();
    const mirror = createShareMirror(vault.ports);
    vault.share('Before the end');
    await mirror.run();
    const ended = await callRoute(server, 'endShare', { cookie: practitioner.cookie, body: { shareId } });
    expect(ended.status).toBe(204);
    vault.share('After the end');
    const connectionId = vault.connection().id;
    expect(await mirror.run()).toEqual({ sent: 0, ended: [connectionId], problems: [] });
    expect(vault.connection().fields).toMatchObject({ endedBy: 'practitioner', shareKey: '' });
    expect(await mirror.run()).toEqual({ sent: 0, ended: [], problems: [] });
  });

  it('reports a share that keeps changing under it as unsettled, and settles once it stops', async () => {
    const { client, vault } = await connected();
    const real = shareTransport(server, client.cookie);
    let isBusy = true;
    // Another device of the client writes each record first, every time: each write conflicts.
    const sealer = createShareSealer(await importShareKey(vault.shareKey));
    const busy: ShareTransport = {
      records: (id) => real.records(id),
      async write(id, changes) {
        if (isBusy) {
          const first: SealedSharedChange[] = [];
          for (const change of changes) {
            if (!('ciphertext' in change)) continue;
            const ad = {
              shareId: id,
              recordId: change.id,
              author: 'client',
              version: change.baseVersion + 1,
            } as const;
            const payload = { type: 'session-list', entries: [], forDate: null, updatedAt: 1 } as const;
            first.push({ ...change, ciphertext: await sealer.seal(ad, payload) });
          }
          await real.write(id, first);
        }
        return real.write(id, changes);
      },
    };
    const busyVault = { ...vault, ports: { ...vault.ports, transport: busy } };
    const mirror = createShareMirror(busyVault.ports);
    vault.share('Written twice');
    const connectionId = vault.connection().id;
    expect(await mirror.run()).toEqual({
      sent: 0,
      ended: [],
      problems: [{ connectionId, reason: 'unsettled' }],
    });
    isBusy = false;
    expect(await mirror.run()).toEqual({ sent: 1, ended: [], problems: [] });
  });
});
