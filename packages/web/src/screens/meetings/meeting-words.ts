import { plural, t } from '@lingui/core/macro';
import {
  presenceWords,
  responseWords,
  stanceShortWords,
  stanceWords,
  type Meeting,
  type RecognisedAfter,
} from '@tend/core';
import { coreWord } from '../../i18n/core-words.ts';
import { formatWhen } from '../../ui/dates.ts';

/** "Saturday, 28 March 2026", the way a meeting's day reads in its story and on its page. */
export const formatMeetingDay = (ms: number): string => formatWhen(ms, 'weekday');

/** "2 hours", "1 day": each language counts in its own plural forms. */
export function delayWords({ amount, unit }: RecognisedAfter): string {
  if (unit === 'minutes') return plural(amount, { one: '# minute', other: '# minutes' });
  if (unit === 'hours') return plural(amount, { one: '# hour', other: '# hours' });
  return plural(amount, { one: '# day', other: '# days' });
}

/** "about 3 hours": a delay in minutes, in the largest unit that fits; under a minute, a moment. */
export function delayInMinutesWords(minutes: number): string {
  if (minutes < 1) return t`a moment`;
  if (minutes < 60) return delayWords({ amount: Math.round(minutes), unit: 'minutes' });
  if (minutes < 60 * 24) return delayWords({ amount: Math.round(minutes / 60), unit: 'hours' });
  return delayWords({ amount: Math.round(minutes / (60 * 24)), unit: 'days' });
}

export function intensityWords(meeting: Meeting): string | null {
  const { intensityBefore, intensityAfter } = meeting.fields;
  if (intensityBefore === null && intensityAfter === null) return null;
  const before = intensityBefore ?? '–';
  const after = intensityAfter ?? '–';
  return t`Intensity ${before} → ${after}`;
}

/** The choices noted in a meeting, short, for a line in a list: "Stayed with compassion · Present". */
export function meetingFacts(meeting: Meeting): string {
  const f = meeting.fields;
  return [
    f.stances.map((s) => coreWord(stanceShortWords[s])).join(', '),
    f.presence ? coreWord(presenceWords[f.presence]) : '',
    intensityWords(meeting) ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the meeting's page says for the choices, whole sentences from the domain's words. */
export const meetingPageWords = {
  notNoted: (): string => t`Not noted`,
  stances: (meeting: Meeting): readonly string[] =>
    meeting.fields.stances.map((s) => coreWord(stanceWords[s])),
  presence: (meeting: Meeting): string | null =>
    meeting.fields.presence ? coreWord(presenceWords[meeting.fields.presence]) : null,
  response: (meeting: Meeting): string | null =>
    meeting.fields.response ? coreWord(responseWords[meeting.fields.response]) : null,
  intensity: (value: number | null): string => (value === null ? t`not noted` : t`${value} of 10`),
  onWhom: (onWhom: string): string => t`I was seeing ${onWhom} through this part.`,
  recognised: (delay: RecognisedAfter): string => {
    const after = delayWords(delay);
    return t`I recognised it after ${after}.`;
  },
} as const;
