// Sizes and times of the person's own exports on a generated 10-year vault (about 30,000 objects):
// the JSON export, the encrypted age backup (scrypt 2^16), the ZIP of Markdown files, and a page
// for a session of 50 items. Run with `npm run bench:export`. Figures only; no bar is enforced, as
// a phone is several times slower than this machine and the person waits for these once, not often.
// It also measures the longest the main thread is held during a backup (the JSON, then sealing it), in
// place and in a worker as the app does it: the longest gap between ticks of a 1 ms timer.
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  generateVault,
  localDate,
  makeVaultExport,
  sessionKinds,
  sessionMarkdown,
  sessionPage,
} from '@tend/core';
import { openBackup, sealBackup } from '../src/vault/age-backup.ts';
import type { AgeAnswer } from '../src/vault/age-jobs.ts';
import { gatherExportJson } from '../src/vault/export-json.ts';
import { vaultMarkdownZip } from '../src/screens/settings/markdown-zip.ts';

const objects = generateVault({ seed: 7 });
const byId = new Map(objects.map((object) => [object.id, object]));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function timed<T>(label: string, call: () => Promise<T> | T, size: (result: T) => number) {
  const started = performance.now();
  const result = await call();
  const ms = performance.now() - started;
  console.warn(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   ${kib(size(result)).padStart(9)}`);
  return result;
}

console.warn(`A generated 10-year vault: ${objects.length} objects.\n`);
const json = await timed(
  'JSON export',
  () => JSON.stringify(makeVaultExport(objects, Date.UTC(2026, 10, 1)), null, 2),
  (text) => new TextEncoder().encode(text).length,
);
const sealed = await timed(
  'Encrypted backup (age, scrypt 2^16)',
  () => sealBackup(json, 'a bench passphrase'),
  (b) => b.length,
);
await timed(
  'Opening it again',
  () => openBackup(sealed, 'a bench passphrase'),
  (t) => t.length,
);
await timed(
  'ZIP of Markdown files',
  () => vaultMarkdownZip(json, '2026-11-01'),
  (b) => b.length,
);

const recent = objects
  .filter((o) => (sessionKinds as readonly string[]).includes(o.kind))
  .sort((a, b) => b.createdAt - a.createdAt)
  .slice(0, 50)
  .map((o) => o.id);
const choice = { from: null, to: null, kinds: [], ids: recent, leftOut: [], withLists: true };
await timed(
  'Session page of 50 items (Markdown)',
  () => sessionMarkdown(sessionPage(objects, (id) => byId.get(id), choice, '2026-11-01', localDate)),
  (text) => new TextEncoder().encode(text).length,
);

/** The longest the event loop was held while `work` ran: the widest gap between 1 ms ticks. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  longest = Math.max(longest, performance.now() - last);
  clearInterval(ticker);
  return longest;
}

function sealInWorkerThread(text: string): Promise<AgeAnswer> {
  const worker = new Worker(new URL('./age-bench-worker.ts', import.meta.url));
  return new Promise<AgeAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage({ kind: 'seal', text, passphrase: 'a bench passphrase' });
  }).finally(() => void worker.terminate());
}

const exportedAt = Date.UTC(2026, 10, 1);

console.warn('\nLongest hold of the main thread during a backup (gathering the JSON, then sealing it):');
const inPlace = await longestHold(async () => {
  const whole = JSON.stringify(makeVaultExport(objects, exportedAt), null, 2);
  return sealBackup(whole, 'a bench passphrase');
});
console.warn(`  all of it on the main thread (before) ${inPlace.toFixed(0).padStart(6)} ms`);
// As the app does it: the JSON a piece at a time, then sealed in a worker.
const offThread = await longestHold(async () =>
  sealInWorkerThread(await gatherExportJson(objects, exportedAt)),
);
console.warn(`  in pieces, then a worker (the app)    ${offThread.toFixed(0).padStart(6)} ms`);
const sealOnly = await longestHold(() => sealInWorkerThread(json));
console.warn(`  of which sealing in the worker        ${sealOnly.toFixed(0).padStart(6)} ms`);
const idle = await longestHold(() => new Promise((done) => setTimeout(done, 2000)));
console.warn(`  nothing at all for 2 s (the machine)  ${idle.toFixed(0).padStart(6)} ms`);
