import { noticeText } from './notice-text.ts';

/** How long noticing took, in milliseconds, across runs after a warm-up. */
export interface NoticingTime {
  readonly median: number;
  /** The 95th percentile: the slow runs a person would feel. */
  readonly p95: number;
}

/** The speed bars: the sentence being typed within a millisecond, a whole entry within one frame. */
export const speedBars = Object.freeze({ sentenceMs: 1, entryMs: 16 });

/** Times `noticeText` over `text` (the clock comes in, so the engine stays free of it). */
export function timeNoticing(text: string, runs: number, now: () => number): NoticingTime {
  for (let warm = 0; warm < 20; warm += 1) noticeText(text);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = now();
    noticeText(text);
    times.push(now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number): number =>
    times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
