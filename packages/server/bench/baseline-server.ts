/**
 * The benchmark's bare baseline: a minimal node:http handler doing the same durable work per request
 * as Tend's sync routes, with no framework, validation, sessions or logging. The owner comes from a
 * plain `owner` cookie. Its argument is a directory (SQLite, WAL, synchronous=FULL, one transaction
 * per push) or a postgres:// URL (a pool of 10 connections, as Tend's, one transaction per push).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { baselinePostgres } from './baseline-postgres.ts';
import { baselineSqlite } from './baseline-sqlite.ts';
import type { BaselineStore, Change } from './baseline-store.ts';

const where = process.argv[2] ?? '.';
const store: BaselineStore = where.startsWith('postgres')
  ? await baselinePostgres(where)
  : baselineSqlite(where);

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
  const failed = () => answer(500, { error: 'failed' });
  if (request.method === 'POST' && url.pathname === '/api/v1/sync/push') {
    readBody(request)
      .then((text) => store.push(owner, (JSON.parse(text) as { changes: Change[] }).changes))
      .then((body) => answer(200, body), failed);
    return;
  }
  if (request.method === 'GET' && url.pathname === '/api/v1/sync/pull') {
    store.pull(owner, Number(url.searchParams.get('after') ?? 0)).then((body) => answer(200, body), failed);
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
