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
 * Options: --json, --rounds=N (5), --round=SECONDS (3), --clients=N (64).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeUuidV7 } from '@tend/core';
import { residentMb, startChild, type Child } from './child-process.ts';
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

/** Alternating rounds on both targets; the order flips every round so neither always goes first. */
async function alternate(tend: Target, baseline: Target, cycleMs?: number): Promise<Phase> {
  const phase: Phase = { tend: [], baseline: [] };
  const run = (target: Target): Promise<LoadResult> =>
    runLoad({
      url: target.child.url,
      clientHeaders: target.clients,
      ...settings,
      ...(cycleMs ? { cycleMs } : {}),
    });
  for (let round = 0; round < settings.rounds; round += 1) {
    if (round % 2 === 0) {
      phase.baseline.push(await run(baseline));
      phase.tend.push(await run(tend));
    } else {
      phase.tend.push(await run(tend));
      phase.baseline.push(await run(baseline));
    }
  }
  return phase;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const children: Child[] = [];
  try {
    const tendChild = await startChild(['packages/server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(dir, 'tend'), LOG_LEVEL: 'info' },
      logFile: join(dir, 'tend.log'),
      ready: /Tend is running at (http:\/\/\S+)/,
    });
    children.push(tendChild);
    const baselineChild = await startChild(
      [fileURLToPath(new URL('./baseline-server.ts', import.meta.url)), dir],
      {
        cwd: repoRoot,
        env: process.env,
        logFile: join(dir, 'baseline.log'),
        ready: /Baseline is running at (http:\/\/\S+)/,
      },
    );
    children.push(baselineChild);

    const tendClients: Record<string, string>[] = [];
    for (let i = 0; i < settings.clients; i += 1) tendClients.push(await signUp(tendChild.url));
    const signupPeakRssMb = residentMb(tendChild.process.pid, 'VmHWM');
    const tend = { child: tendChild, clients: tendClients };
    const baseline = {
      child: baselineChild,
      clients: Array.from({ length: settings.clients }, () => ({
        cookie: `owner=${makeUuidV7(Date.now(), randomBytes(10))}`,
      })),
    };

    let peakRssMb = 0;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, residentMb(tendChild.process.pid, 'VmRSS') ?? 0);
    }, 100);
    const saturated = await alternate(tend, baseline);
    const medianBaseline =
      [...saturated.baseline.map((r) => r.throughput)].sort((a, b) => a - b)[
        Math.floor(settings.rounds / 2)
      ] ?? 1;
    // Two requests per cycle: this period makes the clients together offer half the baseline's capacity.
    const cycleMs = Math.round((settings.clients * 2 * 1000) / (medianBaseline / 2));
    const paced = await alternate(tend, baseline, cycleMs);
    clearInterval(sampler);

    const output = report(
      { settings: { ...settings, cycleMs }, saturated, paced, tendPeakRssMb: peakRssMb, signupPeakRssMb },
      process.argv.includes('--json'),
    );
    process.stdout.write(output);
  } finally {
    for (const child of children) await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
