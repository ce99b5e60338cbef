import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeUuidV7 } from '@tend/core';

export interface LoadOptions {
  readonly url: string;
  /** Headers that identify each client (a session cookie for Tend, an owner cookie for the baseline). */
  readonly clientHeaders: readonly Record<string, string>[];
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly batchSize: number;
  readonly recordBytes: number;
  /**
   * Without it, each client starts its next push+pull as soon as the last one answers (saturation).
   * With it, each client starts one push+pull every `cycleMs` (a fixed offered load, as real devices).
   */
  readonly cycleMs?: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  readonly throughput: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The server's CPU time over the round per request counted, where it could be read. */
  readonly cpuMsPerRequest?: number | null;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN);

/** One client's loop: push a batch (new records and edits of its own), then pull what changed. */
async function runClient(
  options: LoadOptions,
  headers: Record<string, string>,
  until: number,
  record: (ms: number, ok: boolean) => void,
) {
  const versions = new Map<string, number>();
  let cursor = 0;
  const timed = async (url: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const response = await fetch(url, init);
      const body = await response.text();
      record(performance.now() - started, response.ok);
      return response.ok ? (JSON.parse(body) as unknown) : null;
    } catch {
      record(performance.now() - started, false);
      return null;
    }
  };
  if (options.cycleMs) await sleep(Math.random() * options.cycleMs);
  while (Date.now() < until) {
    const cycleStart = Date.now();
    const known = [...versions.keys()];
    const changes = Array.from({ length: options.batchSize }, (_, i) => {
      const id =
        i % 2 === 1 && known.length > i
          ? (known[Math.floor(Math.random() * known.length)] ?? '')
          : makeUuidV7(Date.now(), randomBytes(10));
      return {
        id,
        baseVersion: versions.get(id) ?? 0,
        ciphertext: randomBytes(options.recordBytes).toString('base64url'),
      };
    });
    const unique = [...new Map(changes.map((change) => [change.id, change])).values()];
    const pushed = (await timed(`${options.url}api/v1/sync/push`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-tend-request': '1' },
      body: JSON.stringify({ changes: unique }),
    })) as { results: { id: string; status: string; version?: number }[] } | null;
    for (const result of pushed?.results ?? []) {
      if (result.status === 'accepted' && result.version !== undefined)
        versions.set(result.id, result.version);
    }
    const pulled = (await timed(`${options.url}api/v1/sync/pull?after=${cursor}`, { headers })) as {
      cursor: number;
    } | null;
    if (pulled) cursor = pulled.cursor;
    if (options.cycleMs) await sleep(Math.max(0, cycleStart + options.cycleMs - Date.now()));
  }
}

/** Runs every client concurrently; only requests that start after the warm-up count. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const start = Date.now();
  const measureFrom = start + options.warmupMs;
  const until = measureFrom + options.durationMs;
  const latencies: number[] = [];
  let errors = 0;
  const record = (ms: number, ok: boolean) => {
    if (Date.now() - ms < measureFrom) return;
    latencies.push(ms);
    if (!ok) errors += 1;
  };
  await Promise.all(options.clientHeaders.map((headers) => runClient(options, headers, until, record)));
  const seconds = (Date.now() - measureFrom) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
