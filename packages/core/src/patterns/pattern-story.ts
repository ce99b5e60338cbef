import { delayInMinutes, patternResponses, type Meeting, type PatternResponse } from '../meetings/meeting.ts';
import { isOneOf } from '../parts/field-guards.ts';
import { localMonth, median } from '../parts/part-story.ts';
import type { MonthKey } from '../parts/story-month.ts';
import type { Pause } from '../pauses/pause.ts';
import type { Pattern } from './pattern.ts';
import type { PatternMonth } from './pattern-month.ts';
import { patternFacts, sayPatternSentence, type PatternFacts } from './pattern-summary.ts';

/** One pause or meeting tagged with the pattern. */
export type PatternMoment = {
  readonly source: 'pause' | 'meeting';
  readonly id: string;
  readonly at: number;
  readonly month: MonthKey;
  /** Which response happened, or null when the moment was tagged without saying. */
  readonly response: PatternResponse | null;
  /** How long afterwards the old response was noticed, in minutes, when that was noted. */
  readonly noticedMinutes: number | null;
};

export type PatternStory = {
  readonly patternId: string;
  /** The tagged moments, oldest first. */
  readonly moments: readonly PatternMoment[];
  /** Only months with moments, oldest first: quiet months are not gaps to explain. */
  readonly months: readonly PatternMonth[];
  /** A plain text summary, in English. Contains nothing the person wrote. */
  readonly summary: string;
  /** The summary's facts, sentence by sentence, for each language to say. */
  readonly facts: PatternFacts;
};

export type PatternStoryOptions = {
  /** The calendar month of a moment in the person's time zone; local time when not given. */
  readonly monthOf?: (ms: number) => MonthKey;
};

const knownResponse = (value: unknown): PatternResponse | null =>
  isOneOf(patternResponses, value) ? value : null;

function pauseMoment(pause: Pause, monthOf: (ms: number) => MonthKey): PatternMoment {
  const f = pause.fields;
  const response = knownResponse(f.response);
  const delay = response === 'noticed-afterwards' ? f.noticedAfter : null;
  return {
    source: 'pause',
    id: pause.id,
    at: f.startedAt,
    month: monthOf(f.startedAt),
    response,
    noticedMinutes: delay ? delayInMinutes(delay) : null,
  };
}

function meetingMoment(meeting: Meeting, monthOf: (ms: number) => MonthKey): PatternMoment {
  const at = meeting.fields.when;
  const response = knownResponse(meeting.fields.response);
  return { source: 'meeting', id: meeting.id, at, month: monthOf(at), response, noticedMinutes: null };
}

const byAt = (a: PatternMoment, b: PatternMoment): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A pattern's story: its tagged pauses and meetings in time, and month by month how often the old
 * response, the new one, or noticing afterwards happened, and how soon the old one was noticed.
 */
export function patternStory(
  pattern: Pattern,
  pauses: readonly Pause[],
  meetings: readonly Meeting[],
  options: PatternStoryOptions = {},
): PatternStory {
  const monthOf = options.monthOf ?? localMonth;
  const moments = [
    ...pauses.filter((p) => p.fields.patternId === pattern.id).map((p) => pauseMoment(p, monthOf)),
    ...meetings.filter((m) => m.fields.patternId === pattern.id).map((m) => meetingMoment(m, monthOf)),
  ].sort(byAt);
  const months = countMonths(moments);
  const facts = patternFacts(moments.length, months);
  const summary = facts.sentences.map((s) => sayPatternSentence(s, facts.withYear)).join(' ');
  return { patternId: pattern.id, moments, months, summary, facts };
}

type MonthBuilder = { month: MonthKey; counts: Record<PatternResponse | 'unsaid', number>; delays: number[] };

function countMonths(moments: readonly PatternMoment[]): PatternMonth[] {
  const months: PatternMonth[] = [];
  let current: MonthBuilder | null = null;
  for (const moment of moments) {
    if (current?.month !== moment.month) {
      if (current) months.push(finish(current));
      current = startMonth(moment.month);
    }
    current.counts[moment.response ?? 'unsaid'] += 1;
    if (moment.noticedMinutes !== null) current.delays.push(moment.noticedMinutes);
  }
  if (current) months.push(finish(current));
  return months;
}

function startMonth(month: MonthKey): MonthBuilder {
  return { month, counts: { old: 0, new: 0, 'noticed-afterwards': 0, unsaid: 0 }, delays: [] };
}

function finish({ month, counts, delays }: MonthBuilder): PatternMonth {
  return {
    month,
    moments: counts.old + counts.new + counts['noticed-afterwards'] + counts.unsaid,
    old: counts.old,
    new: counts.new,
    noticedAfterwards: counts['noticed-afterwards'],
    unsaid: counts.unsaid,
    noticedMinutes: median(delays),
  };
}
