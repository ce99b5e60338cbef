import { msg } from '@lingui/core/macro';
import { i18n } from '../../i18n/activate.ts';
/** A greeting for the hour of the day, in the person's own time. */
export function greeting(hour: number): string {
  if (hour >= 5 && hour < 12) return i18n._(msg`Good morning`);
  if (hour >= 12 && hour < 18) return i18n._(msg`Good afternoon`);
  return i18n._(msg`Good evening`);
}
