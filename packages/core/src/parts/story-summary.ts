import { stances, type Stance } from '../meetings/meeting.ts';
import type { MonthKey, StoryMonth } from './story-month.ts';
import { describeDelay, describeMonth, spansYears, storyCopy } from './story-copy.ts';

/**
 * One sentence of a part's story, as facts: which sentence, and its counts, months, stances and
 * delays (in minutes). Core says them in English (`sayStorySentence`); each language says them from
 * the same facts, in its own word order. Months are named with their year when `withYear` is set.
 */
export type StorySentence =
  | { readonly kind: 'no-meetings' }
  | { readonly kind: 'met'; readonly times: number; readonly months: number }
  | { readonly kind: 'in-month'; readonly month: MonthKey; readonly stance: Stance }
  | { readonly kind: 'steady'; readonly stance: Stance }
  | {
      readonly kind: 'changed';
      readonly later: MonthKey;
      readonly laterStance: Stance;
      readonly earlier: MonthKey;
      readonly earlierStance: Stance;
    }
  | { readonly kind: 'nonlinear' }
  | { readonly kind: 'presence'; readonly present: number; readonly noted: number }
  | { readonly kind: 'one-projection'; readonly month: MonthKey; readonly minutes: number }
  | {
      readonly kind: 'projection-trend';
      readonly earlier: MonthKey;
      readonly earlierMinutes: number;
      readonly later: MonthKey;
      readonly laterMinutes: number;
    };

/** A part's story as sentences of facts, and whether its months need their year to be told apart. */
export type StoryFacts = { readonly sentences: readonly StorySentence[]; readonly withYear: boolean };

/**
 * A few gentle sentences on how the relating to a part has changed: how often it was met, how the
 * person mostly related to it then and now, presence, and how soon projections were recognised.
 * No score. A month that looks harder than an earlier one is named as part of the work.
 */
export function storyFacts(total: number, months: readonly StoryMonth[]): StoryFacts {
  const withYear = spansYears(months);
  if (total === 0) return { sentences: [{ kind: 'no-meetings' }], withYear };
  const sentences: (StorySentence | null)[] = [
    { kind: 'met', times: total, months: months.length },
    stanceSentence(months),
    hasDip(months) ? { kind: 'nonlinear' } : null,
    presenceSentence(months),
    projectionSentence(months),
  ];
  return { sentences: sentences.filter((s): s is StorySentence => s !== null), withYear };
}

/** One sentence of a part's story in English. */
export function sayStorySentence(sentence: StorySentence, withYear: boolean): string {
  const label = (month: MonthKey) => describeMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-meetings':
      return storyCopy.noMeetings;
    case 'met':
      return sentence.times === 1 ? storyCopy.metOnce : storyCopy.metTimes(sentence.times, sentence.months);
    case 'in-month':
      return storyCopy.inMonth(label(sentence.month), storyCopy.mostly[sentence.stance]);
    case 'steady':
      return storyCopy.steady(storyCopy.mostly[sentence.stance]);
    case 'changed':
      return storyCopy.changed(
        label(sentence.later),
        storyCopy.mostly[sentence.laterStance],
        label(sentence.earlier),
        storyCopy.moreOften[sentence.earlierStance],
      );
    case 'nonlinear':
      return storyCopy.nonlinear;
    case 'presence':
      return storyCopy.presence(sentence.present, sentence.noted);
    case 'one-projection':
      return storyCopy.oneProjection(label(sentence.month), describeDelay(sentence.minutes));
    case 'projection-trend':
      return storyCopy.projectionTrend(
        label(sentence.earlier),
        describeDelay(sentence.earlierMinutes),
        label(sentence.later),
        describeDelay(sentence.laterMinutes),
      );
  }
}

/** The stance noted most often in a month, or null when none was noted or two share the lead. */
export function leadingStance(month: StoryMonth): Stance | null {
  let lead: Stance | null = null;
  let best = 0;
  let isTied = false;
  for (const stance of stances) {
    const count = month.stances[stance];
    if (count > best) [lead, best, isTied] = [stance, count, false];
    else if (count === best && count > 0) isTied = true;
  }
  return isTied ? null : lead;
}

function stanceSentence(months: readonly StoryMonth[]): StorySentence | null {
  const led = months.flatMap((m) => {
    const stance = leadingStance(m);
    return stance ? [{ month: m.month, stance }] : [];
  });
  const early = led[0];
  const late = led.at(-1);
  if (!early || !late) return null;
  if (early.month === late.month) return { kind: 'in-month', month: late.month, stance: late.stance };
  if (early.stance === late.stance) return { kind: 'steady', stance: late.stance };
  return {
    kind: 'changed',
    later: late.month,
    laterStance: late.stance,
    earlier: early.month,
    earlierStance: early.stance,
  };
}

const compassionShare = (month: StoryMonth): number | null => {
  const noted = stances.reduce((sum, s) => sum + month.stances[s], 0);
  return noted ? month.stances['stayed-with-compassion'] / noted : null;
};

/** Whether some month held less compassion than an earlier one: the nonlinear path, which is normal. */
export function hasDip(months: readonly StoryMonth[]): boolean {
  let highest = -1;
  for (const month of months) {
    const share = compassionShare(month);
    if (share === null) continue;
    if (share < highest) return true;
    highest = Math.max(highest, share);
  }
  return false;
}

function presenceSentence(months: readonly StoryMonth[]): StorySentence | null {
  let present = 0;
  let noted = 0;
  for (const m of months) {
    present += m.presence.present;
    noted += m.presence.present + m.presence['in-and-out'] + m.presence.dissociated;
  }
  return noted > 1 ? { kind: 'presence', present, noted } : null;
}

function projectionSentence(months: readonly StoryMonth[]): StorySentence | null {
  const timed = months.filter((m) => m.projectionMinutes !== null);
  const early = timed[0];
  const late = timed.at(-1);
  if (!early || !late || early.projectionMinutes === null || late.projectionMinutes === null) return null;
  if (early === late) return { kind: 'one-projection', month: early.month, minutes: early.projectionMinutes };
  return {
    kind: 'projection-trend',
    earlier: early.month,
    earlierMinutes: early.projectionMinutes,
    later: late.month,
    laterMinutes: late.projectionMinutes,
  };
}
