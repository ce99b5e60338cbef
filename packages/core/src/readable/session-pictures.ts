import { isCheckIn } from '../check-ins/check-check-in.ts';
import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { qualityStories, type QualityStories } from '../check-ins/quality-story.ts';
import { isMeeting } from '../meetings/check-meeting.ts';
import type { Meeting } from '../meetings/meeting.ts';
import { isPart } from '../parts/check-part.ts';
import type { Part } from '../parts/part.ts';
import { localMonth, partStory } from '../parts/part-story.ts';
import { describeMonth } from '../parts/story-copy.ts';
import type { MonthKey, StoryMonth } from '../parts/story-month.ts';
import type { CheckInMonth } from '../relationships/check-in-month.ts';
import { isRelationship } from '../relationships/check-relationship.ts';
import { relationshipStory } from '../relationships/relationship-story.ts';
import type { Relationship } from '../relationships/relationship.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import type { ReadableDocument } from './readable-document.ts';
import { englishReadable, type ReadableLanguage } from './readable-language.ts';
import { readableWords } from './readable-words.ts';

/** How the person related to a part over the page's days: the story screen's picture and summary. */
export type PartPicture = {
  readonly kind: 'part';
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly months: readonly StoryMonth[];
};

/** How time with a person left them, and the six qualities, over the page's days: the person's page. */
export type RelationshipPicture = {
  readonly kind: 'relationship';
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly months: readonly CheckInMonth[];
  readonly qualities: QualityStories;
};

export type SessionPicture = PartPicture | RelationshipPicture;

export type PictureSpan = {
  /** YYYY-MM-DD, both days included; null for no bound. */
  readonly from: string | null;
  readonly to: string | null;
  readonly dayOf: (ms: number) => string;
  readonly monthOf?: (ms: number) => MonthKey;
};

/**
 * The pictures a page for a session holds, each with its text summary: one for every part on the
 * page or met in a meeting on it, and one for every person on it or checked in with on it. Each
 * counts the meetings or check-ins of the page's days, by the screens' own story functions.
 */
export function sessionPictures(
  objects: readonly VaultObject[],
  documents: readonly ReadableDocument[],
  span: PictureSpan,
  language: ReadableLanguage = englishReadable,
): SessionPicture[] {
  const isBounded = span.from !== null || span.to !== null;
  const within = (ms: number) => !isBounded || isWithin(span.dayOf(ms), span.from, span.to);
  const meetings = objects.filter(isMeeting).filter((m) => within(m.fields.when));
  const checkIns = objects.filter(isCheckIn).filter((c) => within(c.fields.at));
  const onPage = new Set(documents.map((d) => d.id));
  const partIds = new Set([...onPage]);
  const personIds = new Set([...onPage]);
  for (const meeting of meetings)
    if (onPage.has(meeting.id)) meeting.fields.partIds.forEach((id) => partIds.add(id));
  for (const checkIn of checkIns) if (onPage.has(checkIn.id)) personIds.add(checkIn.fields.relationshipId);
  return objects.flatMap((object): SessionPicture[] => {
    if (isPart(object) && partIds.has(object.id)) return [partPicture(object, meetings, span, language)];
    if (isRelationship(object) && personIds.has(object.id)) {
      return [relationshipPicture(object, checkIns, span, language)];
    }
    return [];
  });
}

function partPicture(
  part: Part,
  meetings: readonly Meeting[],
  span: PictureSpan,
  language: ReadableLanguage,
): PartPicture {
  const story = partStory(part, meetings, { monthOf: span.monthOf ?? localMonth });
  const name = part.fields.name.trim() || language.words.unnamed;
  return { kind: 'part', id: part.id, name, summary: language.partStory(story), months: story.months };
}

function relationshipPicture(
  relationship: Relationship,
  checkIns: readonly RelationalCheckIn[],
  span: PictureSpan,
  language: ReadableLanguage,
): RelationshipPicture {
  const monthOf = span.monthOf ?? localMonth;
  const story = relationshipStory(relationship, checkIns, { monthOf });
  const name = relationship.fields.name.trim() || language.words.unnamed;
  const first = story.months[0]?.month;
  const last = story.months.at(-1)?.month;
  const latest = story.checkIns.at(-1)?.fields.at ?? 0;
  // Every check-in of the page's days is "lately", named by its months rather than by today.
  const told = qualityStories(name, story.checkIns, latest, {
    monthOf,
    months: first && last ? monthsBetween(first, last) : 1,
    ...(first && last ? { spanWords: monthSpanWords(first, last), between: { first, last } } : {}),
  });
  const qualities = {
    ...told,
    overview: language.qualityOverview(told),
    qualities: told.qualities.map((q) => ({ ...q, summary: language.quality(q, name, told.span) })),
  };
  return {
    kind: 'relationship',
    id: relationship.id,
    name,
    summary: language.relationshipStory(story),
    months: story.months,
    qualities,
  };
}

function isWithin(day: string, from: string | null, to: string | null): boolean {
  return (!from || day >= from) && (!to || day <= to);
}

/** Calendar months from `first` to `last`, both included. */
function monthsBetween(first: MonthKey, last: MonthKey): number {
  const [fy = 0, fm = 1] = first.split('-').map(Number);
  const [ly = 0, lm = 1] = last.split('-').map(Number);
  return Math.max(1, (ly - fy) * 12 + (lm - fm) + 1);
}

/** "in March 2025", "between March and May 2025", "between November 2024 and May 2025". */
export function monthSpanWords(first: MonthKey, last: MonthKey): string {
  const w = readableWords;
  if (first === last) return w.inMonth(describeMonth(last, true));
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return w.betweenMonths(describeMonth(first, !sameYear), describeMonth(last, true));
}
