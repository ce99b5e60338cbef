import { localMonth } from '../parts/part-story.ts';
import type { MonthKey } from '../parts/story-month.ts';
import {
  checkInQualities,
  feltScale,
  type CheckInQuality,
  type Felt,
  type RelationalCheckIn,
} from './check-in.ts';
import { qualityCopy as copy } from './quality-copy.ts';

/** One month of one quality: how many times each answer was given. */
export type QualityMonth = { readonly month: MonthKey; readonly felt: { readonly [F in Felt]: number } };

export type QualityStory = {
  readonly quality: CheckInQuality;
  /** Months where this quality was answered, oldest first. */
  readonly months: readonly QualityMonth[];
  /** Times it was answered at all. */
  readonly noted: number;
  /** A plain sentence or two on how it has felt; nothing the person wrote, and no score. */
  readonly summary: string;
  /** What the summary says, for saying it in another language. */
  readonly said: QualitySaid;
};

/**
 * Which summary a quality gets, with its counts of "lately": not noted at all, noted only before,
 * or felt mostly, some of the time or rarely lately; `harder` when it came less often than before.
 */
export type QualitySaid =
  | { readonly kind: 'not-yet' }
  | { readonly kind: 'quiet-lately' }
  | {
      readonly kind: 'mostly' | 'sometimes' | 'rarely';
      readonly often: number;
      readonly noted: number;
      readonly harder: boolean;
    };

/** What "lately" covers: the last months up to today, or the months of a page's days. */
export type QualitySpan =
  | { readonly kind: 'last-months'; readonly months: number }
  | { readonly kind: 'between'; readonly first: MonthKey; readonly last: MonthKey };

export type QualityStories = {
  readonly qualities: readonly QualityStory[];
  /** One sentence naming which quality came most often lately and which was rarer, when that is clear. */
  readonly overview: string | null;
  /** What the overview says: the quality that came most often lately and the rarer one. */
  readonly mostAndRarest: { readonly most: CheckInQuality; readonly rarest: CheckInQuality } | null;
  /** What "lately" covers in every summary. */
  readonly span: QualitySpan;
};

export type QualityStoryOptions = {
  /** The calendar month of a moment in the person's time zone; local time when not given. */
  readonly monthOf?: (ms: number) => MonthKey;
  /** How many calendar months "lately" covers, ending with `now`'s month; two when not given. */
  readonly months?: number;
  /**
   * The words for "lately" when it is not the months before today: a page for a session covering
   * March to May 2025 says "between March and May 2025".
   */
  readonly spanWords?: string;
  /** The months those words name, for saying them in another language. */
  readonly between?: { readonly first: MonthKey; readonly last: MonthKey };
};

/** "Mostly" and "fully" count as having felt it; "a little" and "not at all" as not much. */
const isOften = (felt: Felt): boolean => felt === 'mostly' || felt === 'fully';
const isFelt = (value: unknown): value is Felt => feltScale.some((f) => f === value);

function monthsBack(month: MonthKey, count: number): MonthKey {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const start = new Date(Date.UTC(year, m - 1 - count, 1));
  return `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

type Tally = { often: number; noted: number };
const shareOf = (t: Tally): number | null => (t.noted ? t.often / t.noted : null);

/**
 * How each of the six qualities has felt with one person over time (DOMAIN.md: mirroring,
 * validation, attunement, reciprocity, safety and respect, being myself), each with a short summary
 * of the recent months. Pure: the same check-ins in any order give the same stories.
 */
export function qualityStories(
  name: string,
  checkIns: readonly RelationalCheckIn[],
  now: number,
  options: QualityStoryOptions = {},
): QualityStories {
  const monthOf = options.monthOf ?? localMonth;
  const span = Math.max(1, options.months ?? 2);
  const since = monthsBack(monthOf(now), span - 1);
  const spanWords = options.spanWords ?? copy.lastMonths(span);
  const spanFacts: QualitySpan = options.between
    ? { kind: 'between', ...options.between }
    : { kind: 'last-months', months: span };
  const stories = checkInQualities.map((quality) => {
    const byMonth = new Map<MonthKey, Record<Felt, number>>();
    const lately: Tally = { often: 0, noted: 0 };
    const before: Tally = { often: 0, noted: 0 };
    for (const checkIn of checkIns) {
      const answer = checkIn.fields[quality];
      if (!isFelt(answer)) continue;
      const month = monthOf(checkIn.fields.at);
      const counts = byMonth.get(month) ?? { 'not-at-all': 0, 'a-little': 0, mostly: 0, fully: 0 };
      counts[answer] += 1;
      byMonth.set(month, counts);
      const tally = month >= since ? lately : before;
      tally.noted += 1;
      if (isOften(answer)) tally.often += 1;
    }
    const months = [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, felt]) => ({ month, felt }));
    const noted = lately.noted + before.noted;
    const said = sayWhich(lately, before);
    return { quality, months, noted, lately, said, summary: summarise(quality, name, spanWords, said) };
  });
  const mostAndRarest = mostAndRarestOf(stories);
  return {
    qualities: stories.map(({ quality, months, noted, summary, said }) => ({
      quality,
      months,
      noted,
      summary,
      said,
    })),
    overview: mostAndRarest ? copy.mostAndRarest(spanWords, mostAndRarest.most, mostAndRarest.rarest) : null,
    mostAndRarest,
    span: spanFacts,
  };
}

function sayWhich(lately: Tally, before: Tally): QualitySaid {
  if (!lately.noted && !before.noted) return { kind: 'not-yet' };
  if (!lately.noted) return { kind: 'quiet-lately' };
  const share = shareOf(lately) ?? 0;
  const earlier = shareOf(before);
  const kind = share >= 0.5 ? 'mostly' : share > 0 ? 'sometimes' : 'rarely';
  const harder = earlier !== null && earlier - share >= 0.25;
  return { kind, often: lately.often, noted: lately.noted, harder };
}

/** The summary in English, as core's tests and the tone guard read it. */
function summarise(q: CheckInQuality, name: string, span: string, said: QualitySaid): string {
  if (said.kind === 'not-yet') return copy.notYet(q);
  if (said.kind === 'quiet-lately') return copy.quietLately(span, q);
  const { often, noted } = said;
  const sentence =
    said.kind === 'mostly'
      ? copy.mostly(span, q, name, often, noted)
      : said.kind === 'sometimes'
        ? copy.sometimes(span, q, name, often, noted)
        : copy.rarely(span, q, name, noted);
  return said.harder ? `${sentence} ${copy.harderLately}` : sentence;
}

/** Which quality came most often lately and which was rarer, when at least two were noted and they differ. */
function mostAndRarestOf(
  stories: readonly { quality: CheckInQuality; lately: Tally }[],
): QualityStories['mostAndRarest'] {
  const noted = stories.flatMap((s) => {
    const share = shareOf(s.lately);
    return share === null ? [] : [{ quality: s.quality, share }];
  });
  if (noted.length < 2) return null;
  // The six keep their fixed order on ties, so the sentence does not depend on the check-ins' order.
  const most = noted.reduce((a, b) => (b.share > a.share ? b : a));
  const rarest = noted.reduce((a, b) => (b.share < a.share ? b : a));
  if (most.share === rarest.share) return null;
  return { most: most.quality, rarest: rarest.quality };
}
