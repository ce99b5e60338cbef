import { msg } from '@lingui/core/macro';
import { i18n } from '../../i18n/activate.ts';
import { formatWhen } from '../../ui/dates.ts';

/** "Finish your pause from …": the start said in the person's own day and time. */
export const pauseStartWords = (startedAt: number): string => formatWhen(startedAt, 'weekdayTime');

/** "Tuesday 3 March 2026, 14:05": when a past pause began, for the list and the record. */
export const pauseDateWords = (startedAt: number): string => formatWhen(startedAt, 'weekdayMoment');

/** "8 → 4": how strong it was at the start and afterwards, as far as the person said. */
export function intensityWords(before: number | null, after: number | null): string | null {
  if (before === null && after === null) return null;
  const start = before ?? '–';
  const end = after ?? '–';
  return i18n._(msg`How strong: ${start} → ${end}`);
}
