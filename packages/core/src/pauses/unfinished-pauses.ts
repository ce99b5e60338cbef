import type { Pause } from './pause.ts';

/** Newest first, with a total tie-break so every device lists them alike. */
export function byNewestStart(a: Pause, b: Pause): number {
  if (a.fields.startedAt !== b.fields.startedAt) return b.fields.startedAt - a.fields.startedAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Pauses left open, newest first, so the person can come back to the afterwards step when ready. */
export function unfinishedPauses(pauses: readonly Pause[]): Pause[] {
  return pauses.filter((p) => p.fields.finishedAt === null).sort(byNewestStart);
}
