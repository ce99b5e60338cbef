// What the browser benchmarks share: the vault they make, how many runs, and the median they report.

/** The passphrase of the generated vault. */
export const benchPassphrase = 'ten years of quiet evenings';

/** How many records the generated 10-year vault holds (BENCH_RECORDS). */
export const benchRecords = Number(process.env['BENCH_RECORDS'] ?? 30_000);

/** How many runs each figure's median is of (BENCH_RUNS, else the benchmark's own number). */
export const benchRuns = (fallback: number) => Number(process.env['BENCH_RUNS'] ?? fallback);

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
