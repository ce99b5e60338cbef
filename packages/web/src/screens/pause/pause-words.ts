/** "Finish your pause from …": the start said in the person's own day and time. */
export function pauseStartWords(startedAt: number): string {
  return new Date(startedAt).toLocaleString(undefined, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** "Tuesday 3 March 2026, 14:05": when a past pause began, for the list and the record. */
export function pauseDateWords(startedAt: number): string {
  return new Date(startedAt).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** "8 → 4": how strong it was at the start and afterwards, as far as the person said. */
export function intensityWords(before: number | null, after: number | null): string | null {
  if (before === null && after === null) return null;
  return `How strong: ${before ?? '–'} → ${after ?? '–'}`;
}
