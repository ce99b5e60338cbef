import type { BringInPlan } from './plan-bring-in.ts';
import { unreadListed, type BringInReading, type UnreadPart } from './bring-in.ts';

/** Why a part of a file could not be read, as the preview says it. */
export const bringInWhyWords: Record<UnreadPart['why'], string> = {
  'no-date': 'no date Tend could read',
  empty: 'nothing written',
  'too-long': 'longer than an entry can be',
  'not-an-entry': 'not an entry this kind of file holds',
};

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function yearSpan(span: BringInPlan['span']): string {
  if (!span) return '';
  const [from, to] = [span.from.slice(0, 4), span.to.slice(0, 4)];
  return from === to ? ` from ${from}` : ` from ${from}–${to}`;
}

/** The preview, in plain words: what will be added, what is already here, what could not be read. */
export function describeBringIn(reading: BringInReading, plan: BringInPlan): string[] {
  const lines: string[] = [];
  const adding = [
    plan.newEntries ? `${count(plan.newEntries, 'entry', 'entries')}${yearSpan(plan.span)}` : '',
    plan.newKindness ? count(plan.newKindness, 'kindness moment', 'kindness moments') : '',
  ].filter(Boolean);
  lines.push(adding.length ? `${adding.join(' and ')} will be added.` : 'Nothing new will be added.');
  if (plan.alreadyHere) {
    const stay = plan.alreadyHere === 1 ? 'will stay as it is' : 'will stay as they are';
    lines.push(`${count(plan.alreadyHere, 'item is', 'items are')} already in your vault and ${stay}.`);
  }
  const deleted = [
    plan.deletedEntries ? count(plan.deletedEntries, 'entry', 'entries') : '',
    plan.deletedKindness ? count(plan.deletedKindness, 'kindness moment', 'kindness moments') : '',
  ].filter(Boolean);
  if (deleted.length) {
    const isOne = plan.deletedEntries + plan.deletedKindness === 1;
    lines.push(`${deleted.join(' and ')} you deleted ${isOne ? 'is' : 'are'} left out.`);
  }
  const unread = reading.unread;
  if (unread.length) {
    const shown = unread.slice(0, unreadListed).map((u) => `${u.where} (${bringInWhyWords[u.why]})`);
    const more = unread.length > unreadListed ? `, and ${unread.length - unreadListed} more` : '';
    const what =
      reading.source === 'daylio'
        ? count(unread.length, 'row', 'rows')
        : count(unread.length, 'part', 'parts');
    lines.push(`${what} could not be read: ${shown.join(', ')}${more}.`);
  }
  if (reading.leftOut.photos) {
    lines.push(
      `${count(reading.leftOut.photos, 'photo was', 'photos were')} left out; Tend brings in the words only.`,
    );
  }
  return lines;
}
