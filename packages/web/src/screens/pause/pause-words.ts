/** "Finish your pause from …": the start said in the person's own day and time. */
export function pauseStartWords(startedAt: number): string {
  return new Date(startedAt).toLocaleString(undefined, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
}
