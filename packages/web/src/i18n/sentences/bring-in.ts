import { msg, plural } from '@lingui/core/macro';
import { bringInWhyWords, unreadListed, type BringInPlan, type BringInReading } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { listIn } from './say.ts';

/**
 * The preview of a bring-in, in the language Tend speaks: what will be added, what is already here,
 * what was deleted and stays out, what could not be read. The English reads as core's `describeBringIn`.
 */
export function sayBringIn(reading: BringInReading, plan: BringInPlan): string[] {
  const lines: string[] = [];
  const adding = [
    plan.newEntries ? entriesFrom(plan) : '',
    plan.newKindness ? moments(plan.newKindness) : '',
  ];
  const what = listIn(adding);
  const count = plan.newEntries + plan.newKindness;
  lines.push(
    count
      ? i18n._(msg`${plural(count, { one: `${what} will be added.`, other: `${what} will be added.` })}`)
      : i18n._(msg`Nothing new will be added.`),
  );
  if (plan.alreadyHere) {
    const count = plan.alreadyHere;
    lines.push(
      i18n._(
        msg`${plural(count, {
          one: '# item is already in your vault and will stay as it is.',
          other: '# items are already in your vault and will stay as they are.',
        })}`,
      ),
    );
  }
  const deleted = [
    plan.deletedEntries ? entries(plan.deletedEntries) : '',
    plan.deletedKindness ? moments(plan.deletedKindness) : '',
  ];
  if (deleted.some(Boolean)) {
    const what = listIn(deleted);
    const count = plan.deletedEntries + plan.deletedKindness;
    lines.push(
      i18n._(
        msg`${plural(count, { one: `${what} you deleted is left out.`, other: `${what} you deleted are left out.` })}`,
      ),
    );
  }
  const unread = reading.unread;
  if (unread.length) {
    const count = unread.length;
    const shown = unread
      .slice(0, unreadListed)
      .map((u) => `${u.where} (${coreWord(bringInWhyWords[u.why])})`)
      .join(', ');
    const rest = count - unreadListed;
    const listed =
      rest > 0 ? i18n._(msg`${shown}, and ${plural(rest, { one: '# more', other: '# more' })}`) : shown;
    lines.push(
      reading.source === 'daylio'
        ? i18n._(msg`${plural(count, { one: '# row', other: '# rows' })} could not be read: ${listed}.`)
        : i18n._(msg`${plural(count, { one: '# part', other: '# parts' })} could not be read: ${listed}.`),
    );
  }
  if (reading.leftOut.photos) {
    const count = reading.leftOut.photos;
    lines.push(
      i18n._(
        msg`${plural(count, { one: '# photo was', other: '# photos were' })} left out; Tend brings in the words only.`,
      ),
    );
  }
  return lines;
}

function entries(count: number): string {
  return i18n._(msg`${plural(count, { one: '# entry', other: '# entries' })}`);
}

function moments(count: number): string {
  return i18n._(msg`${plural(count, { one: '# kindness moment', other: '# kindness moments' })}`);
}

/** "2 entries from 2019–2024": the new entries and the years they span. */
function entriesFrom(plan: BringInPlan): string {
  const count = plan.newEntries;
  if (!plan.span) return entries(count);
  const [from, to] = [plan.span.from.slice(0, 4), plan.span.to.slice(0, 4)];
  const years = from === to ? from : `${from}–${to}`;
  return i18n._(msg`${plural(count, { one: `# entry from ${years}`, other: `# entries from ${years}` })}`);
}
