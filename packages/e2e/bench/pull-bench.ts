// A second device's first sign-in to the 10-year vault: from the Sign in click until home shows with
// everything pulled (the bar: ≤ 10 s). Each run is a fresh Chromium profile, so each pulls the
// whole vault. With BENCH_BASE_ROOT (another checkout of Tend, its web app built), the same vault is
// also uploaded to a server started from there and the runs alternate between the two, so the ratio
// holds on a busy machine where the absolute figures drift.
import { loadavg } from 'node:os';
import { generateVault } from '@tend/core';
import { openBrowser } from '../src/harness/browser.ts';
import { startTend, type TendServer } from '../src/harness/tend-server.ts';
import { uploadVault } from '../src/harness/upload-vault.ts';
import { TendApp } from '../src/pages/tend-app.ts';
import {
  benchPassphrase as passphrase,
  benchRecords as records,
  benchRuns,
  median,
} from './bench-settings.ts';
import { signInPhases } from './page-marks.ts';

const runs = benchRuns(5);
const baseRoot = process.env['BENCH_BASE_ROOT'];

interface Side {
  readonly name: string;
  readonly server: TendServer;
  readonly username: string;
  readonly times: number[];
  readonly phases: Map<string, number[]>;
}

async function signInOnce(side: Side): Promise<void> {
  const browser = await openBrowser();
  try {
    const app = new TendApp(browser.page, side.server.url);
    await app.open('/');
    const start = performance.now();
    await app.signIn(side.username, passphrase, 600_000);
    side.times.push(performance.now() - start);
    for (const [phase, ms] of Object.entries(await signInPhases(browser.page)))
      side.phases.set(phase, [...(side.phases.get(phase) ?? []), ms]);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const objects = generateVault({ seed: 11, years: 10, records });
  const sides: Side[] = [];
  try {
    for (const [name, root] of [
      ['this', undefined],
      ...(baseRoot ? [['base', baseRoot] as const] : []),
    ] as const) {
      const server = await startTend(root ? { root } : {});
      const username = `pull-${name}-${Date.now().toString(36)}`;
      sides.push({ name, server, username, times: [], phases: new Map() });
      await uploadVault(server, { username, passphrase }, objects);
    }
    for (let i = 0; i < runs; i += 1) {
      // Alternate which side goes first, so neither always meets the same moment of the machine.
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        await signInOnce(side);
        process.stdout.write(
          `  run ${i + 1} ${side.name}: ${Math.round(side.times.at(-1) ?? NaN)} ms (load ${loadavg()[0]?.toFixed(2)})\n`,
        );
      }
    }
  } finally {
    for (const side of sides) await side.server.stop();
  }
  process.stdout.write(
    `\nsecond device: sign in and pull ${objects.length} records in Chromium, medians of ${runs}\n`,
  );
  for (const side of sides) {
    process.stdout.write(
      `  ${side.name.padEnd(5)} ${String(Math.round(median(side.times))).padStart(6)} ms (bar <= 10000 ms) runs ${side.times.map(Math.round).join(', ')}\n`,
    );
    for (const [phase, values] of side.phases)
      process.stdout.write(
        `    ${phase.padEnd(20)} ${String(Math.round(median(values))).padStart(6)} ms runs ${values.map(Math.round).join(', ')}\n`,
      );
  }
  const [own, base] = sides;
  if (own && base)
    process.stdout.write(`  ratio this/base: ${(median(own.times) / median(base.times)).toFixed(2)}\n`);
  process.stdout.write(
    `  load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
}

await main();
