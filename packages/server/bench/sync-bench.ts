/**
 * `npm run bench`: the sync server under a mixed push+pull load from 64 concurrent keep-alive
 * clients (each its own account: push 5 records of 1 KB, then pull), against a bare node:http +
 * node:sqlite baseline doing the same durable writes. These machines are shared and noisy, so both
 * servers stay up and short rounds alternate between them (baseline, Tend, Tend, baseline, ...); the
 * figures are medians over rounds and the ratio is the median of per-round ratios. Two phases:
 *  - saturation: every client sends its next request as soon as the last answers; gives the
 *    throughput ratio. Latency here is queueing (64 requests always waiting), for the baseline too.
 *  - paced: each client offers one push+pull per period, together half the baseline's saturated
 *    throughput; gives the latency a device sees on a busy server (the p99 bar).
 * Each round also reads the server's CPU time from /proc, so the CPU per request, which a busy machine
 * disturbs far less than latency, is printed beside it.
 * Options: --json, --rounds=N (5), --round=SECONDS (3), --clients=N (64); --postgres: every server on
 * a fresh database of its own on TEST_DATABASE_URL (the baseline through pg, in one transaction per
 * push) instead of SQLite; --profile=DIR: V8 CPU profiles of Tend's server into DIR/tend and of the
 * baseline into DIR/baseline, to compare what each does per request. With
 * BENCH_BASE_ROOT (another checkout of Tend, such as main's), its server runs as a third target in
 * the same alternating rounds, and Tend's figures are given against it as well.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeUuidV7 } from '@tend/core';
import { freshPostgresDatabase } from '../test/support/databases.ts';
import { cpuMs, residentMb, startChild, type Child } from './child-process.ts';
import { runLoad, type LoadResult } from './load.ts';
import { report, type Phase } from './report.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = Number(raw ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const settings = {
  clients: Math.floor(option('clients', 64)),
  rounds: Math.floor(option('rounds', 5)),
  warmupMs: 500,
  durationMs: option('round', 3) * 1000,
  batchSize: 5,
  recordBytes: 1024,
};

const b64 = (n: number) => randomBytes(n).toString('base64url');

async function signUp(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tend-request': '1' },
    body: JSON.stringify({
      accountId: makeUuidV7(Date.now(), randomBytes(10)),
      username: `bench-${randomBytes(6).toString('hex')}`,
      authSecret: b64(32),
      recoveryVerifier: b64(32),
      kdf: { algorithm: 'argon2id', salt: b64(16), memoryKiB: 65_536, iterations: 3, parallelism: 1 },
      keys: {
        wrappedVaultKey: b64(60),
        recoveryWrappedVaultKey: b64(60),
        sealedSharingPrivateKey: b64(80),
        sharingPublicKey: b64(32),
      },
    }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';', 1)[0];
  if (response.status !== 201 || !cookie) throw new Error(`bench signup failed: ${response.status}`);
  return { cookie };
}

interface Target {
  readonly child: Child;
  readonly clients: Record<string, string>[];
}

type Targets = Record<keyof Phase, Target | undefined>;

/** One round of load on a target, with the CPU its server spent per request. */
async function measure(target: Target, cycleMs?: number): Promise<LoadResult> {
  const pid = target.child.process.pid;
  const cpuBefore = cpuMs(pid);
  const result = await runLoad({
    url: target.child.url,
    clientHeaders: target.clients,
    ...settings,
    ...(cycleMs ? { cycleMs } : {}),
  });
  const cpuAfter = cpuMs(pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { ...result, cpuMsPerRequest: cpu === null ? null : cpu / Math.max(1, result.requests) };
}

/** Alternating rounds on every target; the order turns every round so none always goes first. */
async function alternate(targets: Targets, cycleMs?: number): Promise<Phase> {
  const phase: Phase = { tend: [], baseline: [], ...(targets.before ? { before: [] } : {}) };
  const names = (Object.keys(targets) as (keyof Phase)[]).filter((name) => targets[name]);
  for (let round = 0; round < settings.rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length] as keyof Phase;
      const target = targets[name] as Target;
      phase[name]?.push(await measure(target, cycleMs));
    }
  }
  return phase;
}

/** Where each server keeps its data: files in `dir`, or a fresh PostgreSQL database each. */
async function storage(dir: string, postgresUrl: string | undefined) {
  const dropped: (() => Promise<void>)[] = [];
  return {
    async forServer(name: string): Promise<{ DATA_DIR: string; DATABASE_URL?: string }> {
      const dataDir = join(dir, name);
      if (!postgresUrl) return { DATA_DIR: dataDir };
      const database = await freshPostgresDatabase(postgresUrl);
      dropped.push(database.drop);
      return { DATA_DIR: dataDir, DATABASE_URL: database.url };
    },
    async drop() {
      for (const drop of dropped) await drop();
    },
  };
}

async function startTend(
  root: string,
  name: string,
  env: NodeJS.ProcessEnv,
  dir: string,
  flags: string[] = [],
) {
  return startChild([...flags, 'packages/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' },
    logFile: join(dir, `${name}.log`),
    ready: /Tend is running at (http:\/\/\S+)/,
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const postgresUrl = process.argv.includes('--postgres')
    ? (process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:55433/postgres')
    : undefined;
  const stores = await storage(dir, postgresUrl);
  const children: Child[] = [];
  try {
    const profileDir = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length);
    const profile = (name: string) =>
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : [];
    const tendChild = await startTend(repoRoot, 'tend', await stores.forServer('tend'), dir, profile('tend'));
    children.push(tendChild);
    const baseRoot = process.env['BENCH_BASE_ROOT'];
    const beforeChild = baseRoot
      ? await startTend(baseRoot, 'before', await stores.forServer('before'), dir)
      : undefined;
    if (beforeChild) children.push(beforeChild);
    const baselineStore = await stores.forServer('baseline');
    mkdirSync(baselineStore.DATA_DIR, { recursive: true });
    const baselineChild = await startChild(
      [
        ...profile('baseline'),
        fileURLToPath(new URL('./baseline-server.ts', import.meta.url)),
        baselineStore.DATABASE_URL ?? baselineStore.DATA_DIR,
      ],
      {
        cwd: repoRoot,
        env: process.env,
        logFile: join(dir, 'baseline.log'),
        ready: /Baseline is running at (http:\/\/\S+)/,
      },
    );
    children.push(baselineChild);

    const signUpAll = async (child: Child) => {
      const clients: Record<string, string>[] = [];
      for (let i = 0; i < settings.clients; i += 1) clients.push(await signUp(child.url));
      return { child, clients };
    };
    const tend = await signUpAll(tendChild);
    const signupPeakRssMb = residentMb(tendChild.process.pid, 'VmHWM');
    const before = beforeChild ? await signUpAll(beforeChild) : undefined;
    const baseline = {
      child: baselineChild,
      clients: Array.from({ length: settings.clients }, () => ({
        cookie: `owner=${makeUuidV7(Date.now(), randomBytes(10))}`,
      })),
    };
    const targets: Targets = { tend, baseline, before };

    let peakRssMb = 0;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, residentMb(tendChild.process.pid, 'VmRSS') ?? 0);
    }, 100);
    const saturated = await alternate(targets);
    const medianBaseline =
      [...saturated.baseline.map((r) => r.throughput)].sort((a, b) => a - b)[
        Math.floor(settings.rounds / 2)
      ] ?? 1;
    // Two requests per cycle: this period makes the clients together offer half the baseline's capacity.
    const cycleMs = Math.round((settings.clients * 2 * 1000) / (medianBaseline / 2));
    const paced = await alternate(targets, cycleMs);
    clearInterval(sampler);

    const output = report(
      {
        settings: { ...settings, cycleMs, database: postgresUrl ? 'postgres' : 'sqlite' },
        saturated,
        paced,
        tendPeakRssMb: peakRssMb,
        signupPeakRssMb,
      },
      process.argv.includes('--json'),
    );
    process.stdout.write(output);
  } finally {
    for (const child of children) await child.stop();
    await stores.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
