/**
 * `npm run bench:practice`: the practitioner space on SQLite, in process (no HTTP socket), so the
 * figures are the server's own work. A client shares N records (~2 KB each, the size of a rendered
 * meeting); then the practitioner opens the client's material again and again (every fetch returns the
 * whole share and appends a hash-chained access-log entry in the same transaction), and the client
 * writes one record at a time (a live item updated after an edit). Reports medians and p99.
 * Options: --items=N (500), --fetches=N (200), --writes=N (200), --json.
 */
import { createTestServer } from '../test/support/test-server.ts';
import { sqliteTestDatabase } from '../test/support/databases.ts';
import { newId, randomB64 } from '../test/support/factories.ts';
import { connect, fetchRecords, openPractice, readAccessLog, writeShared } from '../test/support/practice.ts';

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = Number(raw ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const settings = {
  items: option('items', 500),
  fetches: option('fetches', 200),
  writes: option('writes', 200),
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function timed(times: number[], run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  times.push(performance.now() - start);
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), n: sorted.length };
};

const server = await createTestServer({ database: sqliteTestDatabase, cheapHashing: true });
try {
  const practitioner = await server.signUp();
  const client = await server.signUp();
  await openPractice(server, practitioner);
  const shareId = await connect(server, client, practitioner);
  const ids: string[] = [];
  for (let start = 0; start < settings.items; start += 100) {
    const batch = Array.from({ length: Math.min(100, settings.items - start) }, () => newId());
    ids.push(...batch);
    const changes = batch.map((id) => ({ id, baseVersion: 0, ciphertext: randomB64(2_048) }));
    await writeShared(server, client.cookie, shareId, changes);
  }

  const fetches: number[] = [];
  for (let i = 0; i < settings.fetches; i += 1) {
    await timed(fetches, async () => {
      const records = await fetchRecords(server, practitioner, shareId);
      if (records.length !== settings.items) throw new Error(`fetched ${records.length} records`);
    });
  }
  const writes: number[] = [];
  const versions = new Map(ids.map((id) => [id, 1]));
  for (let i = 0; i < settings.writes; i += 1) {
    const id = ids[i % ids.length] ?? '';
    const baseVersion = versions.get(id) ?? 1;
    await timed(writes, () =>
      writeShared(server, client.cookie, shareId, [{ id, baseVersion, ciphertext: randomB64(2_048) }]),
    );
    versions.set(id, baseVersion + 1);
  }
  const logs: number[] = [];
  await timed(logs, async () => {
    let after = 0;
    for (;;) {
      const page = await readAccessLog(server, client, `?after=${after}`);
      after = page.entries.at(-1)?.seq ?? after;
      if (!page.hasMore) break;
    }
    if (after !== settings.fetches) throw new Error(`the access log holds ${after} entries`);
  });

  const result = {
    settings,
    practitionerFetch: summary(fetches),
    clientWrite: summary(writes),
    readWholeAccessLog: summary(logs),
  };
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const { practitionerFetch: fetch, clientWrite: write, readWholeAccessLog: log } = result;
  process.stdout.write(
    process.argv.includes('--json')
      ? `${JSON.stringify(result, null, 2)}\n`
      : [
          `practitioner opens a share of ${settings.items} records (+ access-log entry): median ${ms(fetch.median)}, p99 ${ms(fetch.p99)}`,
          `client writes one shared record: median ${ms(write.median)}, p99 ${ms(write.p99)}`,
          `client reads an access log of ${settings.fetches} entries: ${ms(log.median)}`,
          '',
        ].join('\n'),
  );
} finally {
  await server.close();
}
