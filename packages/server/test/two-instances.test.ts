import { PullResponse, PushResponse, type PushChange, type ServerRecord } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from './support/databases.ts';
import { newCiphertext, newId, randomB64 } from './support/factories.ts';
import { callRemote, connectRemote, signUpRemote, type RemotePerson } from './support/remote.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

const url = process.env['TEST_DATABASE_URL'];

/**
 * One device speaking the sync protocol: it keeps what it has pulled, pulls every page after its
 * cursor, and pushes its edits; a conflict is taken as the server's record and the edit made again
 * on top of it (last writer wins, enough to show both devices end with the same vault).
 */
function device(cookie: string) {
  const records = new Map<string, ServerRecord>();
  let cursor = 0;

  async function pull(server: string): Promise<void> {
    for (;;) {
      const response = await callRemote(server, 'pull', { cookie, query: `?after=${cursor}` });
      const page = PullResponse.parse(await response.json());
      for (const record of page.records) records.set(record.id, record);
      cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  async function push(server: string, first: PushChange[]): Promise<void> {
    let changes = first;
    for (let round = 0; round < 3 && changes.length > 0; round += 1) {
      const response = await callRemote(server, 'push', { cookie, body: { changes } });
      const { results } = PushResponse.parse(await response.json());
      const sent = new Map(changes.map((change) => [change.id, change]));
      changes = [];
      for (const result of results) {
        if (result.status === 'conflict') {
          records.set(result.id, result.current);
          changes.push({ id: result.id, baseVersion: result.current.version, ciphertext: newCiphertext() });
          continue;
        }
        const change = sent.get(result.id);
        const ciphertext = change && 'ciphertext' in change ? change.ciphertext : null;
        const { id, version, seq } = result;
        records.set(id, {
          id,
          version,
          seq,
          ciphertext,
          deleted: ciphertext === null,
        } satisfies ServerRecord);
      }
    }
  }

  /** A new record and edits of two it knows, each on the version it last saw. */
  function edits(): PushChange[] {
    const known = [...records.values()].filter((r) => !r.deleted).slice(-2);
    return [
      { id: newId(), baseVersion: 0, ciphertext: newCiphertext() },
      ...known.map((r) => ({ id: r.id, baseVersion: r.version, ciphertext: newCiphertext() })),
    ];
  }

  const vault = () => [...records.values()].sort((x, y) => x.seq - y.seq);
  return { pull, push, edits, vault };
}

const loginOn = async (server: string, person: RemotePerson, authSecret = person.authSecret) =>
  callRemote(server, 'login', { body: { username: person.username, authSecret } });

describe.skipIf(!url)('two server processes on one PostgreSQL', () => {
  let a: SpawnedServer;
  let b: SpawnedServer;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const database = await freshPostgresDatabase(url ?? '');
    drop = database.drop;
    // Both at once on a fresh database: the migrations' lock lets one migrate while the other waits.
    [a, b] = await Promise.all([
      spawnServer({ DATABASE_URL: database.url }),
      spawnServer({ DATABASE_URL: database.url }),
    ]);
  }, 60_000);
  afterAll(async () => {
    for (const server of [a, b]) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await drop();
  });

  it('serves two devices that alternate between them, and they end with the same vault', async () => {
    const person = await signUpRemote(a.url);
    const second = await loginOn(b.url, person);
    const cookie = second.headers
      .getSetCookie()
      .find((line) => /tend-session=[^;]/.test(line))
      ?.split(';', 1)[0];
    const devices = [device(person.cookie), device(cookie ?? '')];
    const servers = [a.url, b.url];
    for (let round = 0; round < 8; round += 1) {
      // Each device uses one server, then the other; the two devices take turns.
      const [one] = devices.slice(round % 2);
      const [server] = servers.slice(Math.floor(round / 2) % 2);
      if (!one || !server) throw new Error('two devices, two servers');
      await one.pull(server);
      await one.push(server, one.edits());
    }
    const [first, other] = devices;
    await first?.pull(b.url);
    await other?.pull(a.url);
    expect(first?.vault()).toEqual(other?.vault());
    expect(first?.vault().length).toBeGreaterThanOrEqual(8);
    expect(new Set(first?.vault().map((r) => r.seq)).size).toBe(first?.vault().length);
  });

  it('holds a rate limit reached through one server on the other', async () => {
    const person = await signUpRemote(a.url);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await loginOn(a.url, person, randomB64(32))).status);
    expect(statuses.every((status) => status === 401)).toBe(true);
    expect((await loginOn(b.url, person, randomB64(32))).status).toBe(429);
    expect((await loginOn(b.url, person)).status).toBe(429);
  });

  it('refuses at once, through the other server, a share ended through one', async () => {
    const [client, practitioner] = [await signUpRemote(a.url), await signUpRemote(b.url)];
    const shareId = await connectRemote(a.url, client, practitioner);
    const fetch = (server: string) =>
      callRemote(server, 'shareRecords', { cookie: practitioner.cookie, query: `?shareId=${shareId}` });
    expect((await fetch(b.url)).status).toBe(200);
    expect((await callRemote(b.url, 'endShare', { cookie: client.cookie, body: { shareId } })).status).toBe(
      204,
    );
    expect((await fetch(a.url)).status).toBe(404);
    expect((await fetch(b.url)).status).toBe(404);
  });
});

describe.skipIf(url)('two server processes on one PostgreSQL', () => {
  it.skip('need a PostgreSQL server: set TEST_DATABASE_URL to run them', () => undefined);
});
