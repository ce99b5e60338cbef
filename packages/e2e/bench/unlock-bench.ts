// Unlocking the 10-year vault with the passphrase, until home shows and until every record is open,
// with the phases the page marks. With BENCH_BASE_ROOT (another checkout of Tend, its web app built),
// the same vault is signed in to on a server started from there too and the unlocks alternate between
// the two, so the ratios hold on a busy machine where the absolute figures drift.
import { loadavg } from 'node:os';
import { generateVault } from '@tend/core';
import { openBrowser, type TendBrowser } from '../src/harness/browser.ts';
import { startTend, type TendServer } from '../src/harness/tend-server.ts';
import { uploadVault } from '../src/harness/upload-vault.ts';
import { TendApp } from '../src/pages/tend-app.ts';
import { benchPassphrase, benchRecords, benchRuns, median } from './bench-settings.ts';
import { homeShown, markHomePainted, unlockPhases } from './unlock-marks.ts';

const passphrase = benchPassphrase;
const runs = benchRuns(11);
const baseRoot = process.env['BENCH_BASE_ROOT'];

interface Side {
  readonly name: string;
  readonly server: TendServer;
  readonly browser: TendBrowser;
  readonly app: TendApp;
  readonly toHome: number[];
  readonly phases: Map<string, number[]>;
}

/** A reload to the locked vault, then the passphrase, until home shows and every record is open. */
async function unlockOnce(side: Side): Promise<void> {
  const { page } = side.browser;
  await page.goto(`${side.app.baseUrl}/`);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await markHomePainted(page);
  const start = performance.now();
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await homeShown(page);
  side.toHome.push(performance.now() - start);
  await page.waitForFunction(() => performance.getEntriesByName('tend:home-painted').length > 0);
  await page.waitForFunction(() => performance.getEntriesByName('tend:records-opened').length > 0, null, {
    timeout: 60_000,
  });
  for (const [phase, ms] of Object.entries(await unlockPhases(page)))
    side.phases.set(phase, [...(side.phases.get(phase) ?? []), ms]);
}

async function main(): Promise<void> {
  const objects = generateVault({ seed: 11, years: 10, records: benchRecords });
  const sides: Side[] = [];
  try {
    for (const [name, root] of [
      ['this', undefined],
      ...(baseRoot ? [['base', baseRoot] as const] : []),
    ] as const) {
      const server = await startTend(root ? { root } : {});
      const browser = await openBrowser();
      const app = new TendApp(browser.page, server.url);
      sides.push({ name, server, browser, app, toHome: [], phases: new Map() });
      const username = `unlock-${name}-${Date.now().toString(36)}`;
      await uploadVault(server, { username, passphrase }, objects);
      await app.open('/');
      await app.signIn(username, passphrase, 600_000);
    }
    for (let i = 0; i < runs; i += 1) {
      // Alternate which side goes first, so neither always meets the same moment of the machine.
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        await unlockOnce(side);
        const whole = side.phases.get('whole vault open')?.at(-1) ?? NaN;
        process.stdout.write(
          `  run ${i + 1} ${side.name}: home ${Math.round(side.toHome.at(-1) ?? NaN)} ms, whole vault ${Math.round(whole)} ms (load ${loadavg()[0]?.toFixed(2)})\n`,
        );
      }
    }
  } finally {
    for (const side of sides) {
      await side.browser.close();
      await side.server.stop();
    }
  }
  process.stdout.write(
    `\nunlock of ${objects.length} records with the passphrase in Chromium, medians of ${runs}\n`,
  );
  for (const side of sides) {
    process.stdout.write(
      `  ${side.name.padEnd(5)} to home ${String(Math.round(median(side.toHome))).padStart(5)} ms (bar <= 600 ms) runs ${side.toHome.map(Math.round).join(', ')}\n`,
    );
    for (const [phase, values] of side.phases)
      process.stdout.write(
        `    ${phase.padEnd(22)} ${String(Math.round(median(values))).padStart(5)} ms runs ${values.map(Math.round).join(', ')}\n`,
      );
  }
  const [own, base] = sides;
  if (own && base) {
    const ratio = (values: (side: Side) => readonly number[]) =>
      (median(values(own)) / median(values(base))).toFixed(2);
    process.stdout.write(`  ratio this/base, to home: ${ratio((s) => s.toHome)}\n`);
    for (const phase of own.phases.keys())
      process.stdout.write(`  ratio this/base, ${phase}: ${ratio((s) => s.phases.get(phase) ?? [])}\n`);
  }
  process.stdout.write(
    `  load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
}

await main();
