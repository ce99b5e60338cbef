import type { QualitySpan, QualityStories, QualityStory } from '../check-ins/quality-story.ts';
import type { StoryFacts } from '../parts/story-summary.ts';
import { describeMonth } from '../parts/story-copy.ts';
import type { MonthKey } from '../parts/story-month.ts';
import { dateWords, englishShare, type ShareLanguage } from '../practice/share-sections.ts';
import type { RelationshipFacts } from '../relationships/relationship-story-summary.ts';
import { readableWords, type ReadableWords } from './readable-words.ts';

/**
 * How the person's readable copy (the page for a session, its Markdown, the readable export) says
 * what core counted, in the language they read: core stays free of any language but English, and
 * the web passes its own. Each story's summary comes with its facts, so it can be said afresh.
 */
export interface ReadableLanguage {
  readonly words: ReadableWords;
  /** The items themselves, in the words of a shared document. */
  readonly share: ShareLanguage;
  /** A word of one of core's tables: a kind of kindness moment, a stance, a quality, a label. */
  readonly word: (english: string) => string;
  /** A word of a table inside a list: "nourished 3" (German nouns keep their capital). */
  readonly inList: (word: string) => string;
  /** A day: "21 November 2026". */
  readonly date: (ms: number) => string;
  /** "March", or "March 2026". */
  readonly month: (month: MonthKey, withYear: boolean) => string;
  readonly partStory: (story: { readonly summary: string; readonly facts: StoryFacts }) => string;
  readonly relationshipStory: (story: {
    readonly summary: string;
    readonly facts: RelationshipFacts;
  }) => string;
  readonly quality: (story: QualityStory, name: string, span: QualitySpan) => string;
  readonly qualityOverview: (stories: QualityStories) => string | null;
}

/** The readable copy in English, as core writes it. */
export const englishReadable: ReadableLanguage = {
  words: readableWords,
  share: englishShare,
  word: (english) => english,
  inList: (word) => word.toLowerCase(),
  date: dateWords,
  month: describeMonth,
  partStory: (story) => story.summary,
  relationshipStory: (story) => story.summary,
  quality: (story) => story.summary,
  qualityOverview: (stories) => stories.overview,
};

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day kept as "2026-04-01", said as the language says a day ("1 April 2026", "1. April
 * 2026"); an open end of a span ("…") as it is.
 */
export function sayCalendarDay(day: string, language: ReadableLanguage): string {
  const parts = isoDay.exec(day);
  if (!parts) return day;
  // Noon of that day where the person is, so no time zone moves it to the day before or after.
  return language.date(new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12).getTime());
}
