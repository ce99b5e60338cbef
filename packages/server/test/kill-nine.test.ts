import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { PullResponse, PushResponse, type PushChange, type ServerRecord } from '@tend/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/databases.ts';
import { newCiphertext, newId, newSignup } from './support/factories.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

interface Acknowledged {
  readonly version: number;
  readonly ciphertext: string | null;
}

/** One device: what the server acknowledged, and the batch it sent without an answer (retried as is). */
interface Client {
  readonly cookie: string;
  readonly acked: Map<string, Acknowledged>;
  pending: PushChange[] | null;
  /** The last answered batch and its answer, to send again as a duplicate. */
  last: { changes: PushChange[]; results: unknown } | null;
  /** Changes acknowledged so far: exactly-once means the owner's sequence advanced exactly this much. */
  appliedChanges: number;
}

const headers = (cookie: string) => ({ cookie, 'content-type': 'application/json', 'x-tend-request': '1' });

function nextBatch(client: Client): PushChange[] {
  const known = [...client.acked.entries()];
  return Array.from({ length: 3 }, (_, i): PushChange => {
    const pick = known[Math.floor(Math.random() * known.length * 2)];
    if (!pick || i === 0) return { id: newId(), baseVersion: 0, ciphertext: newCiphertext(200) };
    const [id, { version }] = pick;
    known.splice(known.indexOf(pick), 1);
    return Math.random() < 0.15
      ? { id, baseVersion: version, deleted: true }
      : { id, baseVersion: version, ciphertext: newCiphertext(200) };
  });
}

/** Sends the pending batch (or a new one); on an answer, checks every change applied exactly once. */
async function send(url: string, client: Client, changes: PushChange[]) {
  const response = await fetch(`${url}api/v1/sync/push`, {
    method: 'POST',
    headers: headers(client.cookie),
    body: JSON.stringify({ changes }),
  });
  if (response.status !== 200) throw new Error(`push answered ${response.status}`);
  return PushResponse.parse(await response.json()).results;
}

async function pushOnce(url: string, client: Client): Promise<void> {
  const changes = client.pending ?? nextBatch(client);
  client.pending = changes;
  const results = await send(url, client, changes);
  changes.forEach((change, index) => {
    const result = results[index];
    expect(result).toMatchObject({ id: change.id, status: 'accepted', version: change.baseVersion + 1 });
    client.acked.set(change.id, {
      version: change.baseVersion + 1,
      ciphertext: 'ciphertext' in change ? change.ciphertext : null,
    });
  });
  client.pending = null;
  client.last = { changes, results };
  client.appliedChanges += changes.length;
}

async function pullAll(url: string, cookie: string): Promise<ServerRecord[]> {
  const records: ServerRecord[] = [];
  let after = 0;
  for (;;) {
    const response = await fetch(`${url}api/v1/sync/pull?after=${after}`, { headers: { cookie } });
    const page = PullResponse.parse(await response.json());
    records.push(...page.records);
    after = page.cursor;
    if (!page.hasMore) return records;
  }
}

describe('kill -9 during concurrent pushes', () => {
  const dir = tempDir('tend-kill-');
  const env = { DATA_DIR: dir.path };
  let server: SpawnedServer | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    dir.remove();
  });

  it('keeps every acknowledged write, applies retries exactly once, and passes the integrity check', async () => {
    server = await spawnServer(env);
    const clients: Client[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await fetch(`${server.url}api/v1/auth/signup`, {
        method: 'POST',
        headers: headers(''),
        body: JSON.stringify(newSignup()),
      });
      expect(response.status).toBe(201);
      const cookie = response.headers.getSetCookie()[0]?.split(';', 1)[0] ?? '';
      clients.push({ cookie, acked: new Map(), pending: null, last: null, appliedChanges: 0 });
    }

    let interrupted = 0;
    for (let round = 0; round < 5; round += 1) {
      const current = server;
      let running = true;
      const load = clients.map(async (client) => {
        while (running) {
          await pushOnce(current.url, client).catch((error: unknown) => {
            if (error instanceof Error && error.message.startsWith('push answered')) throw error;
          });
        }
      });
      await sleep(250 + Math.random() * 400);
      current.child.kill('SIGKILL');
      expect(await current.exited).toBe('SIGKILL');
      running = false;
      await Promise.all(load);
      interrupted += clients.filter((client) => client.pending !== null).length;
      server = await spawnServer(env);
      // Every batch left without an answer is retried and must apply exactly once; then the batch is
      // sent once more, as a duplicated request, and must get the very same answer.
      for (const client of clients) {
        if (client.pending) await pushOnce(server.url, client);
        if (client.last)
          expect(await send(server.url, client, client.last.changes)).toEqual(client.last.results);
      }
    }

    const last = server;
    let total = 0;
    for (const client of clients) {
      const records = await pullAll(last.url, client.cookie);
      const held = new Map(records.map((record) => [record.id, record]));
      expect(held.size).toBe(records.length);
      expect(held.size).toBe(client.acked.size);
      for (const [id, acked] of client.acked) {
        expect(held.get(id), id).toMatchObject({
          version: acked.version,
          ciphertext: acked.ciphertext,
          deleted: acked.ciphertext === null,
        });
      }
      const seqs = records.map((record) => record.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(Math.max(...seqs)).toBe(client.appliedChanges);
      total += held.size;
    }
    expect(total).toBeGreaterThan(30);
    expect(interrupted).toBeGreaterThan(0);

    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    const db = new DatabaseSync(join(dir.path, 'tend.sqlite'), { readOnly: true });
    try {
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      db.close();
    }
  });
});
