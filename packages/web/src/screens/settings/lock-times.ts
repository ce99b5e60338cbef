import { msg, plural } from '@lingui/core/macro';
import { i18n } from '../../i18n/activate.ts';

/** The auto-lock times offered; the longer ones suit a device that remembers the vault. */
export const lockMinutes = [1, 5, 10, 15, 30, 60, 240, 480, 1440] as const;

/** "1 minute", "10 minutes", "1 hour", "24 hours", in the language Tend speaks. */
export function durationText(minutes: number): string {
  const hours = minutes / 60;
  if (minutes % 60 === 0) return i18n._(msg`${plural(hours, { one: '# hour', other: '# hours' })}`);
  return i18n._(msg`${plural(minutes, { one: '# minute', other: '# minutes' })}`);
}

export const lockLabel = (minutes: number): string => {
  const duration = durationText(minutes);
  return i18n._(msg`After ${duration}`);
};
