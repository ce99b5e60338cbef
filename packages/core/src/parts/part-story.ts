import { delayInMinutes, presences, stances, type Meeting, type Stance } from '../meetings/meeting.ts';
import { isOneOf } from './field-guards.ts';
import type { Part } from './part.ts';
import type { MonthKey, PresenceCount, StoryMonth } from './story-month.ts';
import { sayStorySentence, storyFacts, type StoryFacts } from './story-summary.ts';

export type ProjectionDelay = {
  readonly meetingId: string;
  readonly when: number;
  readonly month: MonthKey;
  readonly minutes: number;
};

export type PartStory = {
  readonly partId: string;
  /** The part's meetings, oldest first. */
  readonly meetings: readonly Meeting[];
  /** Only months with meetings, oldest first: quiet months are not gaps to explain. */
  readonly months: readonly StoryMonth[];
  readonly projections: readonly ProjectionDelay[];
  /** A plain text summary of how the relating has changed, in English. Contains nothing the person wrote. */
  readonly summary: string;
  /** The summary's facts, sentence by sentence, for each language to say. */
  readonly facts: StoryFacts;
  /**
   * What the part needed, in the person's words, the last time they wrote it: the story gives it
   * back beside the summary ("you wrote that it needed…"), kept apart so the summary stays theirs to share.
   */
  readonly lastNeed: { readonly meetingId: string; readonly when: number; readonly words: string } | null;
};

export type PartStoryOptions = {
  /** The calendar month of a moment in the person's time zone; local time when not given. */
  readonly monthOf?: (ms: number) => MonthKey;
};

export function localMonth(ms: number): MonthKey {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Time order, with a total tie-break so the story reads the same whatever order meetings arrive in. */
export function byWhen(a: Meeting, b: Meeting): number {
  if (a.fields.when !== b.fields.when) return a.fields.when - b.fields.when;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A part's story: its meetings in time, and how the relating changed, month by month. */
export function partStory(
  part: Part,
  meetings: readonly Meeting[],
  options: PartStoryOptions = {},
): PartStory {
  const monthOf = options.monthOf ?? localMonth;
  const own = meetings.filter((m) => m.fields.partIds.includes(part.id)).sort(byWhen);
  const months: StoryMonth[] = [];
  const projections: ProjectionDelay[] = [];
  let current: MonthBuilder | null = null;
  for (const meeting of own) {
    const month = monthOf(meeting.fields.when);
    if (current?.month !== month) {
      if (current) months.push(finish(current));
      current = startMonth(month);
    }
    const delay = addMeeting(current, meeting);
    if (delay !== null)
      projections.push({ meetingId: meeting.id, when: meeting.fields.when, month, minutes: delay });
  }
  if (current) months.push(finish(current));
  const facts = storyFacts(own.length, months);
  return {
    partId: part.id,
    meetings: own,
    months,
    projections,
    summary: facts.sentences.map((s) => sayStorySentence(s, facts.withYear)).join(' '),
    facts,
    lastNeed: lastNeedOf(own),
  };
}

function lastNeedOf(meetings: readonly Meeting[]): PartStory['lastNeed'] {
  const meeting = meetings.findLast((m) => m.fields.needed.trim().length > 0);
  if (!meeting) return null;
  return { meetingId: meeting.id, when: meeting.fields.when, words: meeting.fields.needed.trim() };
}

type MonthBuilder = {
  month: MonthKey;
  meetings: number;
  stances: Record<Stance, number>;
  presence: PresenceCount;
  delays: number[];
};

function startMonth(month: MonthKey): MonthBuilder {
  return {
    month,
    meetings: 0,
    stances: { 'stayed-with-compassion': 0, abandoned: 0, exiled: 0, 'tried-to-fix': 0, 'ran-the-show': 0 },
    presence: { present: 0, 'in-and-out': 0, dissociated: 0, 'not-noted': 0 },
    delays: [],
  };
}

/** Counts one meeting into its month; returns its projection delay in minutes, if one was noted. */
function addMeeting(month: MonthBuilder, meeting: Meeting): number | null {
  const f = meeting.fields;
  month.meetings += 1;
  // Values read back from the vault are checked for shape, not words: count only known ones.
  for (const stance of f.stances) if (isOneOf(stances, stance)) month.stances[stance] += 1;
  month.presence[isOneOf(presences, f.presence) ? f.presence : 'not-noted'] += 1;
  const delay = f.projection?.recognisedAfter;
  if (!delay) return null;
  const minutes = delayInMinutes(delay);
  month.delays.push(minutes);
  return minutes;
}

function finish(month: MonthBuilder): StoryMonth {
  const { delays, ...rest } = month;
  return { ...rest, projectionMinutes: median(delays) };
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
