/** The auto-lock times offered; the longer ones suit a device that remembers the vault. */
export const lockMinutes = [1, 5, 10, 15, 30, 60, 240, 480, 1440] as const;

/** "1 minute", "10 minutes", "1 hour", "24 hours". */
export function durationText(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export const lockLabel = (minutes: number): string => `After ${durationText(minutes)}`;
