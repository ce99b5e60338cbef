import { responseWords, type Pause } from '@tend/core';

/** "Tuesday 3 March 2026, 21:40": when a pause began, in the person's own day and time. */
export function pauseMomentWords(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A short line of what a pause held: intensity before and after, and which response happened. */
export function pauseSummary(pause: Pause): string {
  const f = pause.fields;
  const intensity =
    f.intensity === null && f.intensityAfter === null
      ? ''
      : `Intensity ${f.intensity ?? '–'} → ${f.intensityAfter ?? '–'}`;
  const facts = [
    intensity,
    f.response ? responseWords[f.response] : '',
    f.finishedAt === null ? 'Not finished' : '',
  ];
  return facts.filter(Boolean).join(' · ') || 'Paused, with nothing more noted';
}
