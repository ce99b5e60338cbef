import type { LoadResult } from './load.ts';

/** Per-round results of one phase, for each server. */
export interface Phase {
  readonly tend: LoadResult[];
  readonly baseline: LoadResult[];
  /** Another checkout's server (BENCH_BASE_ROOT), in the same rounds. */
  readonly before?: LoadResult[];
}

export interface BenchResults {
  readonly settings: {
    clients: number;
    rounds: number;
    durationMs: number;
    batchSize: number;
    recordBytes: number;
    cycleMs: number;
    database: 'sqlite' | 'postgres';
  };
  readonly saturated: Phase;
  readonly paced: Phase;
  /** Highest resident memory of the Tend server sampled during the load phases. */
  readonly tendPeakRssMb: number;
  /** Its lifetime peak after the sign-ups (each an Argon2id hash), before the load. */
  readonly signupPeakRssMb: number | null;
}

/**
 * QUALITY.md's bars for the sync server, against the bare baseline in the same run: saturated
 * throughput at least 0.8 of its, and p99 at the paced load at most 1.5 times its p99.
 */
export const bars = { p99Ratio: 1.5, throughputRatio: 0.8, rssMb: 150 };

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function summary(rounds: readonly LoadResult[]) {
  return {
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    throughput: median(rounds.map((r) => r.throughput)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    cpuMsPerRequest: median(rounds.map((r) => r.cpuMsPerRequest ?? Number.NaN)),
  };
}

/** The median over rounds of Tend's figure over another target's (the baseline's) in the same round. */
function roundRatio(
  phase: Phase,
  figure: (r: LoadResult) => number,
  against: readonly LoadResult[] = phase.baseline,
): number {
  return median(
    phase.tend.map((r, i) => {
      const other = against[i];
      return other ? figure(r) / figure(other) : Number.NaN;
    }),
  );
}

const cpuOf = (r: LoadResult) => r.cpuMsPerRequest ?? Number.NaN;

export function verdicts(results: BenchResults) {
  const ratio = roundRatio(results.saturated, (r) => r.throughput);
  const p99Ratio = roundRatio(results.paced, (r) => r.p99Ms);
  const tendPaced = summary(results.paced.tend);
  const errors = summary(results.saturated.tend).errors + tendPaced.errors;
  return {
    ratio,
    p99Ratio,
    throughputRatio: ratio >= bars.throughputRatio,
    p99: p99Ratio <= bars.p99Ratio,
    errors: errors === 0,
    rssUnderLoad: results.tendPeakRssMb <= bars.rssMb,
  };
}

const fixed = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** The results as a table for people, or as JSON. */
export function report(results: BenchResults, asJson: boolean): string {
  const verdict = verdicts(results);
  const rows = {
    tendSaturated: summary(results.saturated.tend),
    baselineSaturated: summary(results.saturated.baseline),
    tendPaced: summary(results.paced.tend),
    baselinePaced: summary(results.paced.baseline),
  };
  const { before: beforeSaturated } = results.saturated;
  const { before: beforePaced } = results.paced;
  const against =
    beforeSaturated && beforePaced
      ? {
          saturated: summary(beforeSaturated),
          paced: summary(beforePaced),
          throughput: roundRatio(results.saturated, (r) => r.throughput, beforeSaturated),
          p99: roundRatio(results.paced, (r) => r.p99Ms, beforePaced),
          cpu: roundRatio(results.saturated, cpuOf, beforeSaturated),
        }
      : undefined;
  const cpuRatio = roundRatio(results.saturated, cpuOf);
  if (asJson)
    return `${JSON.stringify({ ...results, medians: rows, bars, verdict, cpuRatio, against }, null, 2)}\n`;
  const s = results.settings;
  const row = (name: string, m: ReturnType<typeof summary>) =>
    `${name.padEnd(22)} ${String(m.requests).padStart(9)} ${fixed(m.throughput, 0).padStart(8)} ${fixed(m.p50Ms, 2).padStart(8)} ${fixed(m.p99Ms, 2).padStart(8)} ${String(m.errors).padStart(7)} ${fixed(m.cpuMsPerRequest, 2).padStart(10)}`;
  const database = s.database === 'postgres' ? 'PostgreSQL' : 'SQLite WAL synchronous=FULL';
  return [
    `Sync benchmark: ${s.clients} clients, each push (${s.batchSize} x ${s.recordBytes} B) then pull; ${database};`,
    `${s.rounds} alternating rounds of ${s.durationMs / 1000} s per server and phase; medians over rounds`,
    '',
    `${''.padEnd(22)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)} ${'CPU ms/req'.padStart(10)}`,
    row('Tend, saturation', rows.tendSaturated),
    row('baseline, saturation', rows.baselineSaturated),
    ...(against ? [row('before, saturation', against.saturated)] : []),
    row('Tend, paced', rows.tendPaced),
    row('baseline, paced', rows.baselinePaced),
    ...(against ? [row('before, paced', against.paced)] : []),
    '',
    `paced: each client one push+pull every ${s.cycleMs} ms (together half the baseline's saturated throughput)`,
    `throughput ratio Tend/baseline at saturation (median of rounds): ${fixed(verdict.ratio, 2)} (bar >= ${bars.throughputRatio}) ${mark(verdict.throughputRatio)}`,
    `Tend p99 / baseline p99 at the paced load (median of rounds): ${fixed(verdict.p99Ratio, 2)} (bar <= ${bars.p99Ratio}) ${mark(verdict.p99)}`,
    `Tend CPU per request / baseline's at saturation (median of rounds): ${fixed(cpuRatio, 2)}`,
    ...(against
      ? [
          `against before (BENCH_BASE_ROOT), medians of rounds: throughput ${fixed(against.throughput, 2)}, paced p99 ${fixed(against.p99, 2)}, CPU per request ${fixed(against.cpu, 2)}`,
        ]
      : []),
    `Tend errors: ${rows.tendSaturated.errors + rows.tendPaced.errors} (bar 0) ${mark(verdict.errors)}`,
    `Tend peak RSS under load: ${fixed(results.tendPeakRssMb)} MB (bar <= ${bars.rssMb} MB) ${mark(verdict.rssUnderLoad)}; peak after ${s.clients} Argon2id sign-ups: ${fixed(results.signupPeakRssMb)} MB`,
    '',
  ].join('\n');
}
