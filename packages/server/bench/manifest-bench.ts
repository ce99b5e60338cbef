/**
 * `npm run bench:manifest`: what the sealed vault manifest costs, with a device's real sync engine
 * (records in memory) against the real server in a child process, on the generated ten-year vault:
 *  - the first sync of an existing vault, which builds the 256 shards and pushes them;
 *  - a sync that pushes one edited record: bytes up, beside the record's own push;
 *  - a fresh device: its full pull, and then the check of every record against the manifest.
 * Options: --records=N (30000), --json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PullResponse, PushResponse, type PushRequest } from '@tend/contract';
import { editVaultObject, generateVault, makeUuidV7, type VaultObject } from '@tend/core';
import { createVaultKeys, testKdfCost } from '@tend/crypto';
import {
  changeToWire,
  checkManifest,
  createCryptoSealer,
  authSecretToWire,
  createMemoryStore,
  keysToWire,
  loadManifest,
  pullChanges,
  pullFromWire,
  pushFromWire,
  pushOutbox,
  saveObjects,
  saveObject,
  syncVault,
  type SyncPorts,
  type Transport,
} from '@tend/sync';
import { startChild } from './child-process.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const records = Number(process.argv.find((a) => a.startsWith('--records='))?.split('=')[1] ?? 30_000);

interface Counted extends Transport {
  /** Bytes of push request bodies sent so far. */
  bytesUp: number;
}

function transport(url: string, cookie: string): Counted {
  const headers = { 'content-type': 'application/json', 'x-tend-request': '1', cookie };
  const counted: Counted = {
    bytesUp: 0,
    async push(request) {
      const wire: PushRequest = { changes: request.changes.map(changeToWire) };
      const body = JSON.stringify(wire);
      counted.bytesUp += Buffer.byteLength(body);
      const response = await fetch(`${url}api/v1/sync/push`, { method: 'POST', headers, body });
      if (!response.ok) throw new Error(`push: ${response.status}`);
      return pushFromWire(PushResponse.parse(await response.json()));
    },
    async pull(after, limit) {
      const response = await fetch(`${url}api/v1/sync/pull?after=${after}&limit=${limit}`, { headers });
      if (!response.ok) throw new Error(`pull: ${response.status}`);
      return pullFromWire(PullResponse.parse(await response.json()));
    },
  };
  return counted;
}

async function signUp(url: string) {
  const made = await createVaultKeys('ten years of quiet evenings', testKdfCost);
  const accountId = makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
  const response = await fetch(`${url}api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tend-request': '1' },
    body: JSON.stringify({
      accountId,
      username: `manifest-${accountId.slice(-8)}`,
      authSecret: authSecretToWire(made.authSecret),
      recoveryVerifier: made.recoveryVerifier,
      kdf: made.kdf,
      keys: keysToWire(made.keys),
    }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';', 1)[0];
  if (response.status !== 201 || !cookie) throw new Error(`signup: ${response.status}`);
  return { accountId, cookie, vaultKey: made.vaultKey };
}

type Device = SyncPorts & { transport: Counted; store: ReturnType<typeof createMemoryStore> };

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
}

async function measure(url: string) {
  const { accountId, cookie, vaultKey } = await signUp(url);
  const device = (): Device => ({
    store: createMemoryStore(),
    sealer: createCryptoSealer(vaultKey, accountId),
    clock: { now: () => Date.now() },
    transport: transport(url, cookie),
  });
  const objects: VaultObject[] = generateVault({ seed: 11, years: 10, records });
  const old = device();
  await saveObjects(old, objects);
  // Uploaded as by an app without the manifest: records only, and the device forgets its shards.
  await pushOutbox(old);
  await pullChanges(old);
  const noted = await old.store.shards();
  await old.store.commit(
    [],
    undefined,
    noted.map((s) => ({ ...s, version: 0, versions: new Map(), dirty: false })),
  );

  const bytesBefore = old.transport.bytesUp;
  const [, buildMs] = await timed(() => syncVault(old, { full: true }));
  const buildBytes = old.transport.bytesUp - bytesBefore;
  const shards = (await old.store.shards()).length;

  const [first] = objects;
  if (!first) throw new Error('no records');
  return {
    records,
    shards,
    buildMs,
    buildBytes,
    ...(await oneRecordSync(old, first)),
    ...(await freshDevice(device())),
  };
}

/** A sync that pushes one edited record: its bytes up, beside the record's own push. */
async function oneRecordSync(device: Device, object: VaultObject) {
  await saveObject(device, editVaultObject(object, { note: 'one more line' }, Date.now()));
  const [state] = await device.store.read([object.id]);
  const change = { id: object.id, baseVersion: 1, ciphertext: state?.record?.ciphertext };
  const recordBytes = JSON.stringify({ changes: [change] }).length;
  const upBefore = device.transport.bytesUp;
  const [, oneMs] = await timed(() => syncVault(device, { full: false }));
  return { oneMs, oneBytes: device.transport.bytesUp - upBefore, recordBytes };
}

/** A fresh device: its full pull, then the check its sync makes (every shard came in, so every entry). */
async function freshDevice(fresh: Device) {
  const [pulled, pullMs] = await timed(() => syncVault(fresh, { full: false }));
  if (pulled.refused.length) throw new Error(`fresh device refused ${pulled.refused.length}`);
  const manifest = await loadManifest(fresh.store);
  const [behind, checkMs] = await timed(() =>
    checkManifest(fresh.store, manifest, { shards: new Set(manifest.keys()) }),
  );
  if (behind.length) throw new Error(`fresh device found ${behind.length} behind`);
  return { pullMs, checkMs };
}
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-manifest-bench-'));
  const child = await startChild(['packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: join(dir, 'tend'), LOG_LEVEL: 'warn' },
    logFile: join(dir, 'tend.log'),
    ready: /Tend is running at (http:\/\/\S+)/,
  });
  try {
    const r = await measure(child.url);
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      return;
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    process.stdout.write(
      [
        `vault manifest on ${r.records} records (${r.shards} shards)`,
        `  first sync of an existing vault (build and push): ${r.buildMs} ms, ${kb(r.buildBytes)} up`,
        `  a sync that pushes one record: ${r.oneMs} ms, ${kb(r.oneBytes)} up (the record alone ${kb(r.recordBytes)})`,
        `  a fresh device: full pull ${r.pullMs} ms, then checking every record ${r.checkMs} ms`,
        '',
      ].join('\n'),
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
