import {
  delayUnitCountWords,
  presenceWords,
  responseWords,
  stanceShortWords,
  stanceWords,
  type Meeting,
  type RecognisedAfter,
} from '@tend/core';
import { formatWhen } from '../../ui/dates.ts';

/** "Saturday, 28 March 2026", the way a meeting's day reads in its story and on its page. */
export const formatMeetingDay = (ms: number): string => formatWhen(ms, 'weekday');

/** "2 hours", "1 day". */
export function delayWords(delay: RecognisedAfter): string {
  const [one, many] = delayUnitCountWords[delay.unit];
  return `${delay.amount} ${delay.amount === 1 ? one : many}`;
}

export function intensityWords(meeting: Meeting): string | null {
  const { intensityBefore: before, intensityAfter: after } = meeting.fields;
  if (before === null && after === null) return null;
  return `Intensity ${before ?? '–'} → ${after ?? '–'}`;
}

/** The choices noted in a meeting, short, for a line in a list: "Stayed with compassion · Present". */
export function meetingFacts(meeting: Meeting): string {
  const f = meeting.fields;
  return [
    f.stances.map((s) => stanceShortWords[s]).join(', '),
    f.presence ? presenceWords[f.presence] : '',
    intensityWords(meeting) ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the meeting's page says for the choices, whole sentences from the domain's words. */
export const meetingPageWords = {
  notNoted: 'Not noted',
  stances: (meeting: Meeting): readonly string[] => meeting.fields.stances.map((s) => stanceWords[s]),
  presence: (meeting: Meeting): string | null =>
    meeting.fields.presence ? presenceWords[meeting.fields.presence] : null,
  response: (meeting: Meeting): string | null =>
    meeting.fields.response ? responseWords[meeting.fields.response] : null,
  intensity: (value: number | null): string => (value === null ? 'not noted' : `${value} of 10`),
  onWhom: (onWhom: string): string => `I was seeing ${onWhom} through this part.`,
  recognised: (delay: RecognisedAfter): string => `I recognised it after ${delayWords(delay)}.`,
} as const;
