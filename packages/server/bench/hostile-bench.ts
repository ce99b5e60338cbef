/**
 * `npm run bench:hostile`: the server's memory and its health checks while it is under attack, beside
 * the normal load. Starts `main.ts` on SQLite as a child process and runs three phases, each with a
 * health check every 20 ms and the resident memory sampled every 25 ms:
 *  - idle: health checks alone, the reference for the rows below on a shared, noisy machine;
 *  - normal: 64 clients, each one push (5 x 1 KB) and pull per second;
 *  - a hostile account: a vault near its limits (records of 440 KiB) pulled from the start, over and
 *    over, by 16 concurrent readers, while the 64 clients carry on;
 *  - 4 hostile anonymous connections: megabytes of `[` (declared and chunked), deep and wide JSON
 *    within the sign-in limit, pushes without a session and sign-in guesses, back to back.
 * QUALITY.md's bar: RSS <= 300 MB and health p99 <= 100 ms whatever one account or an anonymous
 * client sends. Options: --round=SECONDS (8), --records=N (100), --json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, randomB64 } from '../test/support/factories.ts';
import { sampleResident } from '../test/support/process-memory.ts';
import { callRemote, signUpRemote, type RemotePerson } from '../test/support/remote.ts';
import { startChild } from './child-process.ts';
import { hostileAnonymous, probeHealth } from './hostile-load.ts';
import { runLoad } from './load.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = Number(raw ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const settings = {
  roundMs: option('round', 8) * 1000,
  records: option('records', 100),
  clients: 64,
  readers: 16,
};
const bars = { rssMb: 300, healthP99Ms: 100 };

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
};

interface PhaseResult {
  readonly phase: string;
  readonly rssPeakMb: number;
  readonly healthP50Ms: number;
  readonly healthP99Ms: number;
  readonly healthChecks: number;
  readonly healthErrors: number;
  readonly detail: string;
}

async function measure(phase: string, url: string, pid: number | undefined, load: () => Promise<string>) {
  const memory = sampleResident(pid);
  const health = probeHealth(url);
  const detail = await load();
  const { latencies, errors } = await health.stop();
  return {
    phase,
    rssPeakMb: memory.stop(),
    healthP50Ms: percentile(latencies, 50),
    healthP99Ms: percentile(latencies, 99),
    healthChecks: latencies.length,
    healthErrors: errors,
    detail,
  } satisfies PhaseResult;
}

/** The 64 devices' normal load: one push+pull per device per second. */
const normalLoad = (url: string, cookies: Record<string, string>[]) =>
  runLoad({
    url,
    clientHeaders: cookies,
    warmupMs: 0,
    durationMs: settings.roundMs,
    batchSize: 5,
    recordBytes: 1024,
    cycleMs: 1000,
  });

async function seedHostileVault(url: string, person: RemotePerson): Promise<void> {
  for (let i = 0; i < settings.records; i += 2) {
    const changes = [0, 1].map(() => ({ id: newId(), baseVersion: 0, ciphertext: randomB64(440 * 1024) }));
    const response = await callRemote(url, 'push', { cookie: person.cookie, body: { changes } });
    if (response.status !== 200) throw new Error(`seeding answered ${response.status}`);
  }
}

/** Readers pulling the whole vault from the start, again and again, until `until`. */
async function hostilePulls(url: string, person: RemotePerson, until: number): Promise<string> {
  let pages = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: settings.readers }, async () => {
      let after = 0;
      while (Date.now() < until) {
        const response = await callRemote(url, 'pull', {
          cookie: person.cookie,
          query: `?after=${after}&limit=500`,
        });
        if (response.status === 429) {
          refused += 1;
          await response.arrayBuffer();
          continue;
        }
        // The cursor closes the page: read it from the end rather than parse megabytes here.
        const tail = /"cursor":(\d+),"hasMore":(true|false)\}$/.exec(await response.text());
        pages += 1;
        after = tail?.[2] === 'true' ? Number(tail[1]) : 0;
      }
    }),
  );
  return `${pages} pages of up to 2 MiB read, ${refused} requests told to wait (429)`;
}

function report(results: readonly PhaseResult[]): string {
  const fixed = (n: number, d = 1) => (Number.isNaN(n) ? 'n/a' : n.toFixed(d));
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const rows = results.map(
    (r) =>
      `${r.phase.padEnd(34)} ${fixed(r.rssPeakMb, 0).padStart(8)} ${fixed(r.healthP50Ms).padStart(9)} ${fixed(r.healthP99Ms).padStart(9)} ${String(r.healthChecks).padStart(7)}  ${ok(r.rssPeakMb <= bars.rssMb && r.healthP99Ms <= bars.healthP99Ms && r.healthErrors === 0)}  ${r.detail}`,
  );
  return [
    `Hostile-load benchmark: SQLite, ${settings.roundMs / 1000} s per phase; health checked every 20 ms`,
    `bars: RSS <= ${bars.rssMb} MB and health p99 <= ${bars.healthP99Ms} ms (QUALITY.md)`,
    '',
    `${'phase'.padEnd(34)} ${'RSS MB'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'checks'.padStart(7)}`,
    ...rows,
    '',
  ].join('\n');
}

/** The four phases, one after the other, on one running server. */
async function phases(url: string, pid: number | undefined): Promise<PhaseResult[]> {
  const devices: Record<string, string>[] = [];
  for (let i = 0; i < settings.clients; i += 1) devices.push({ cookie: (await signUpRemote(url)).cookie });
  const hostile = await signUpRemote(url);
  await seedHostileVault(url, hostile);
  const wait = () => new Promise((resolve) => setTimeout(resolve, settings.roundMs));
  return [
    await measure('idle (health checks only)', url, pid, async () => {
      await wait();
      return 'the machine and the server at rest: what the other rows compare with';
    }),
    await measure(`normal: ${settings.clients} devices`, url, pid, async () => {
      const load = await normalLoad(url, devices);
      return `${load.requests} device requests, p99 ${load.p99Ms.toFixed(1)} ms, ${load.errors} errors`;
    }),
    await measure(`hostile account, ${settings.readers} readers`, url, pid, async () => {
      const until = Date.now() + settings.roundMs;
      const [pulls, load] = await Promise.all([hostilePulls(url, hostile, until), normalLoad(url, devices)]);
      return `${pulls}; devices' p99 ${load.p99Ms.toFixed(1)} ms, ${load.errors} errors`;
    }),
    await measure('4 hostile anonymous connections', url, pid, async () => {
      const attack = hostileAnonymous(url, 4);
      await wait();
      const statuses = await attack.stop();
      return [...statuses].map(([status, n]) => `${n} x ${status}`).join(', ');
    }),
  ];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-hostile-'));
  const child = await startChild(['packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(dir, 'tend'), LOG_LEVEL: 'warn' },
    logFile: join(dir, 'tend.log'),
    ready: /Tend is running at (http:\/\/\S+)/,
  });
  try {
    const results = await phases(child.url, child.process.pid);
    const asJson = process.argv.includes('--json');
    process.stdout.write(
      asJson ? `${JSON.stringify({ settings, bars, results }, null, 2)}\n` : report(results),
    );
  } finally {
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
