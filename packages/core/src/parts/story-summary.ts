import { stances, type Stance } from '../meetings/meeting.ts';
import type { StoryMonth } from './story-month.ts';
import { describeDelay, describeMonth, storyCopy } from './story-copy.ts';

/**
 * A few gentle sentences on how the relating to a part has changed: how often it was met, how the
 * person mostly related to it then and now, presence, and how soon projections were recognised.
 * No score. A month that looks harder than an earlier one is named as part of the work.
 */
export function summariseStory(total: number, months: readonly StoryMonth[]): string {
  if (total === 0) return storyCopy.noMeetings;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const label = (month: string) => describeMonth(month, first.slice(0, 4) !== last.slice(0, 4));
  const sentences = [
    total === 1 ? storyCopy.metOnce : storyCopy.metTimes(total, months.length),
    stanceSentence(months, label),
    hasDip(months) ? storyCopy.nonlinear : null,
    presenceSentence(months),
    projectionSentence(months, label),
  ];
  return sentences.filter((s): s is string => s !== null).join(' ');
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

function stanceSentence(months: readonly StoryMonth[], label: (month: string) => string): string | null {
  const led = months.flatMap((m) => {
    const stance = leadingStance(m);
    return stance ? [{ month: m.month, stance }] : [];
  });
  const early = led[0];
  const late = led.at(-1);
  if (!early || !late) return null;
  if (early.month === late.month) return storyCopy.inMonth(label(late.month), storyCopy.mostly[late.stance]);
  if (early.stance === late.stance) return storyCopy.steady(storyCopy.mostly[late.stance]);
  return storyCopy.changed(
    label(late.month),
    storyCopy.mostly[late.stance],
    label(early.month),
    storyCopy.moreOften[early.stance],
  );
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

function presenceSentence(months: readonly StoryMonth[]): string | null {
  let present = 0;
  let noted = 0;
  for (const m of months) {
    present += m.presence.present;
    noted += m.presence.present + m.presence['in-and-out'] + m.presence.dissociated;
  }
  return noted > 1 ? storyCopy.presence(present, noted) : null;
}

function projectionSentence(months: readonly StoryMonth[], label: (month: string) => string): string | null {
  const timed = months.filter((m) => m.projectionMinutes !== null);
  const early = timed[0];
  const late = timed.at(-1);
  if (!early || !late || early.projectionMinutes === null || late.projectionMinutes === null) return null;
  const earlyDelay = describeDelay(early.projectionMinutes);
  if (early === late) return storyCopy.oneProjection(label(early.month), earlyDelay);
  return storyCopy.projectionTrend(
    label(early.month),
    earlyDelay,
    label(late.month),
    describeDelay(late.projectionMinutes),
  );
}
