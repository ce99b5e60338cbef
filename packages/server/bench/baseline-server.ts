/**
 * The benchmark's bare baseline: a minimal node:http handler doing the same durable work per request
 * as Tend's sync routes (SQLite, WAL, synchronous=FULL, one transaction per push), with no framework,
 * validation, sessions or logging. The owner comes from a plain `owner` cookie.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const dataDir = process.argv[2] ?? '.';
const db = new DatabaseSync(join(dataDir, 'baseline.sqlite'));
db.exec(`
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = FULL;
  CREATE TABLE IF NOT EXISTS owners (id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS records (
    owner_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL,
    ciphertext BLOB, deleted INTEGER NOT NULL, PRIMARY KEY (owner_id, id));
  CREATE UNIQUE INDEX IF NOT EXISTS records_owner_seq ON records (owner_id, seq);
`);
const ensureOwner = db.prepare('INSERT INTO owners (id, seq) VALUES (?, 0) ON CONFLICT DO NOTHING');
const nextSeq = db.prepare('UPDATE owners SET seq = seq + 1 WHERE id = ? RETURNING seq');
const upsert =
  db.prepare(`INSERT INTO records (owner_id, id, version, seq, ciphertext, deleted) VALUES (?, ?, ?, ?, ?, 0)
  ON CONFLICT (owner_id, id) DO UPDATE SET version = excluded.version, seq = excluded.seq, ciphertext = excluded.ciphertext`);
const pullPage = db.prepare(
  'SELECT id, version, seq, ciphertext FROM records WHERE owner_id = ? AND seq > ? ORDER BY seq LIMIT 501',
);

interface Change {
  id: string;
  baseVersion: number;
  ciphertext: string;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function push(owner: string, changes: Change[]) {
  db.exec('BEGIN IMMEDIATE');
  try {
    ensureOwner.run(owner);
    const results = changes.map((change) => {
      const seq = Number(nextSeq.get(owner)?.['seq']);
      const version = change.baseVersion + 1;
      upsert.run(owner, change.id, version, seq, Buffer.from(change.ciphertext, 'base64url'));
      return { id: change.id, status: 'accepted', version, seq };
    });
    db.exec('COMMIT');
    return { results };
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

function pull(owner: string, after: number) {
  const rows = pullPage.all(owner, after);
  const page = rows.slice(0, 500).map((row) => ({
    id: row['id'],
    version: row['version'],
    seq: row['seq'],
    ciphertext: Buffer.from(row['ciphertext'] as Uint8Array).toString('base64url'),
    deleted: false,
  }));
  return { records: page, cursor: Number(page.at(-1)?.seq ?? after), hasMore: rows.length > 500 };
}

const server = createServer((request, response) => {
  const owner = /owner=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? 'anonymous';
  const url = new URL(request.url ?? '/', 'http://baseline');
  const answer = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    response.end(text);
  };
  if (request.method === 'POST' && url.pathname === '/api/v1/sync/push') {
    readBody(request).then(
      (text) => answer(200, push(owner, (JSON.parse(text) as { changes: Change[] }).changes)),
      () => answer(500, { error: 'push failed' }),
    );
    return;
  }
  if (request.method === 'GET' && url.pathname === '/api/v1/sync/pull') {
    answer(200, pull(owner, Number(url.searchParams.get('after') ?? 0)));
    return;
  }
  answer(404, { error: 'not found' });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Baseline is running at http://127.0.0.1:${port}/\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
