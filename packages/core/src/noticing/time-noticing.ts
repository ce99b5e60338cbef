import { noticeText } from './notice-text.ts';

/** Median milliseconds for one `noticeText` over `text`, after a warm-up, across `runs` runs. */
export function timeNoticing(text: string, runs: number, now: () => number): number {
  for (let warm = 0; warm < 20; warm += 1) noticeText(text);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = now();
    noticeText(text);
    times.push(now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
