import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { griefAdditions, type Grief } from '../grief/grief.ts';
import { griefSubjectWords } from '../grief/grief-words.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import type { KindnessMoment } from '../kindness/kindness-moment.ts';
import type { Meeting } from '../meetings/meeting.ts';
import { localMonth, partStory, type PartStory } from '../parts/part-story.ts';
import type { Part } from '../parts/part.ts';
import type { MonthKey } from '../parts/story-month.ts';
import { patternStory, type PatternStory } from '../patterns/pattern-story.ts';
import type { Pattern } from '../patterns/pattern.ts';
import type { Pause } from '../pauses/pause.ts';
import { afterwardsOf } from '../relationships/relationship-story.ts';
import type { Relationship } from '../relationships/relationship.ts';
import type { Resource } from '../resources/resource.ts';
import { lookingBackCopy as copy } from './looking-back-copy.ts';
import { rememberMonths } from './month-memo.ts';
import { countByMonth, isUneven, type MonthCount } from './month-counts.ts';
import { pausesOf, type LookingBackPauses } from './pause-view.ts';
import { qualitiesOf, type LookingBackQualities } from './quality-view.ts';
import { selfTalkOf, type LookingBackSelfTalk } from './self-talk-view.ts';

export const lookingBackSpans = ['month', 'season', 'year', 'everything'] as const;
export type LookingBackSpan = (typeof lookingBackSpans)[number];

export type LookingBackInput = {
  readonly parts: readonly Part[];
  readonly meetings: readonly Meeting[];
  readonly patterns: readonly Pattern[];
  readonly pauses: readonly Pause[];
  readonly kindness: readonly KindnessMoment[];
  readonly relationships: readonly Relationship[];
  readonly checkIns: readonly RelationalCheckIn[];
  readonly griefs: readonly Grief[];
  /** Read for the self-talk noticed in them, and nothing else. */
  readonly entries: readonly JournalEntry[];
  /** The person's own resources, to name the options that helped in pauses. */
  readonly resources: readonly Resource[];
};

export type LookingBackPerson = {
  readonly relationshipId: string;
  readonly name: string;
  readonly nourished: number;
  readonly depleted: number;
  readonly inBetween: number;
  readonly checkIns: number;
  readonly summary: string;
};

export type LookingBackGrief = {
  readonly griefId: string;
  /** The person's own title, or core's word for what is grieved when they gave none. */
  readonly title: string;
  /** Whether `title` is core's word (to be shown in the language Tend speaks) rather than the person's. */
  readonly untitled: boolean;
  readonly returns: number;
  readonly summary: string;
};

export type LookingBack = {
  readonly span: LookingBackSpan;
  /** The first moment counted, or null for everything. */
  readonly since: number | null;
  /** Parts met in the span, in the order given, each with its story over the span. */
  readonly parts: readonly PartStory[];
  /** Patterns with moments in the span, in the order given. */
  readonly patterns: readonly PatternStory[];
  readonly kindness: {
    readonly months: readonly MonthCount[];
    readonly total: number;
    readonly summary: string;
  };
  /** People checked in about in the span, in the order given: never ranked. */
  readonly people: readonly LookingBackPerson[];
  /** The six qualities across every relationship, never by person. */
  readonly qualities: LookingBackQualities;
  readonly griefs: readonly LookingBackGrief[];
  readonly pauses: LookingBackPauses;
  /** Harder self-talk gentle noticing named; the screen shows it only while noticing is on. */
  readonly selfTalk: LookingBackSelfTalk;
  /** Named when the months differ a good deal: ordinary, said so. */
  readonly uneven: string | null;
};

export type LookingBackOptions = { readonly monthOf?: (ms: number) => MonthKey };

const dayMs = 24 * 60 * 60 * 1000;
const spanDays = { month: 30, season: 91, year: 365 } as const;

export function sinceOf(span: LookingBackSpan, now: number): number | null {
  return span === 'everything' ? null : now - spanDays[span] * dayMs;
}

/**
 * Looking back over a span: how the person related to each part, each pattern's responses, kindness,
 * the people who nourish or deplete, the six qualities, grief returned to, pauses and the self-talk
 * gentle noticing named. Pure and order-independent; every view a count or a story, never a score.
 * Each record is read once, and each moment's month is found once.
 */
export function lookingBack(
  input: LookingBackInput,
  span: LookingBackSpan,
  now: number,
  options: LookingBackOptions = {},
): LookingBack {
  const monthOf = rememberMonths(options.monthOf ?? localMonth);
  const since = sinceOf(span, now);
  const within = (at: number) => (since === null || at >= since) && at <= now;
  const words = copy.spanWords[span];
  const meetings = input.meetings.filter((m) => within(m.fields.when));
  const pauses = input.pauses.filter((p) => within(p.fields.startedAt));
  const checkIns = input.checkIns.filter((c) => within(c.fields.at));
  // Kindness is most of a vault: only its moments are needed, gathered in one pass.
  const kindness: number[] = [];
  for (const moment of input.kindness) if (within(moment.fields.at)) kindness.push(moment.fields.at);
  const kindnessMonths = countByMonth(kindness, monthOf);
  const pauseMonths = countByMonth(
    pauses.map((p) => p.fields.startedAt),
    monthOf,
  );
  const meetingMonths = countByMonth(
    meetings.map((m) => m.fields.when),
    monthOf,
  );
  const writing = [input.entries, input.pauses, input.meetings, input.checkIns, input.griefs];
  const selfTalk = selfTalkOf(writing, within, monthOf, words);
  return {
    span,
    since,
    parts: partsOf(input.parts, meetings, monthOf),
    patterns: patternsOf(input.patterns, pauses, meetings, monthOf),
    kindness: {
      months: kindnessMonths,
      total: kindness.length,
      summary: copy.kindness(words, kindness.length),
    },
    people: peopleOf(input.relationships, checkIns),
    qualities: qualitiesOf(checkIns, monthOf, words),
    griefs: griefsOf(input.griefs, within),
    pauses: pausesOf(pauses, pauseMonths, input.resources, words),
    selfTalk,
    uneven: isUneven([...kindnessMonths, ...pauseMonths, ...meetingMonths, ...selfTalk.months])
      ? copy.uneven
      : null,
  };
}

/** Each pattern's story from only its own moments: one pass to sort them out, not one per pattern. */
function patternsOf(
  patterns: readonly Pattern[],
  pauses: readonly Pause[],
  meetings: readonly Meeting[],
  monthOf: (ms: number) => MonthKey,
): PatternStory[] {
  const own = new Map<string, { pauses: Pause[]; meetings: Meeting[] }>(
    patterns.map((p) => [p.id, { pauses: [], meetings: [] }]),
  );
  for (const pause of pauses) if (pause.fields.patternId) own.get(pause.fields.patternId)?.pauses.push(pause);
  for (const meeting of meetings)
    if (meeting.fields.patternId) own.get(meeting.fields.patternId)?.meetings.push(meeting);
  return patterns.flatMap((pattern) => {
    const moments = own.get(pattern.id);
    if (!moments || moments.pauses.length + moments.meetings.length === 0) return [];
    return [patternStory(pattern, moments.pauses, moments.meetings, { monthOf })];
  });
}

function partsOf(parts: readonly Part[], meetings: readonly Meeting[], monthOf: (ms: number) => MonthKey) {
  const byPart = new Map<string, Meeting[]>();
  for (const meeting of meetings)
    for (const id of meeting.fields.partIds) {
      const own = byPart.get(id);
      if (own) own.push(meeting);
      else byPart.set(id, [meeting]);
    }
  return parts.flatMap((part) => {
    const own = byPart.get(part.id);
    return own ? [partStory(part, own, { monthOf })] : [];
  });
}

function peopleOf(
  relationships: readonly Relationship[],
  checkIns: readonly RelationalCheckIn[],
): LookingBackPerson[] {
  const tallies = new Map(
    relationships.map((r) => [r.id, { nourished: 0, depleted: 0, inBetween: 0, checkIns: 0 }]),
  );
  for (const checkIn of checkIns) {
    const tally = tallies.get(checkIn.fields.relationshipId);
    if (!tally) continue;
    tally.checkIns += 1;
    const afterwards = afterwardsOf(checkIn);
    if (afterwards === null) continue;
    if (afterwards > 0) tally.nourished += 1;
    else if (afterwards < 0) tally.depleted += 1;
    else tally.inBetween += 1;
  }
  return relationships.flatMap((r) => {
    const t = tallies.get(r.id);
    if (!t?.checkIns) return [];
    const noted = t.nourished + t.depleted + t.inBetween;
    const name = r.fields.name;
    const summary = noted
      ? copy.relationship(name, t.nourished, t.depleted, t.inBetween)
      : copy.relationshipQuiet(name, t.checkIns);
    return [{ relationshipId: r.id, name, ...t, summary }];
  });
}

function griefsOf(griefs: readonly Grief[], within: (at: number) => boolean): LookingBackGrief[] {
  return griefs
    .map((grief) => {
      const own = grief.fields.title.trim();
      const title = own || griefSubjectWords[grief.fields.what];
      const returns = griefAdditions(grief).filter((a) => within(a.at)).length;
      const summary = returns ? copy.griefReturned(title, returns) : copy.griefCarried(title);
      return { griefId: grief.id, title, untitled: !own, returns, summary };
    })
    .sort((a, b) => b.returns - a.returns || (a.griefId < b.griefId ? -1 : a.griefId > b.griefId ? 1 : 0));
}
