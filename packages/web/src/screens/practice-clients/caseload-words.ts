import { msg, plural } from '@lingui/core/macro';
import type { NewSinceLastLook, ShareableKind } from '@tend/core';
import { i18n } from '../../i18n/activate.ts';
import { listIn } from '../../i18n/sentences/say.ts';
import { formatWhen } from '../../ui/dates.ts';

/** How many of a kind are new, as each language counts them ("a pause", "2 journal entries"). */
function countOf(kind: ShareableKind, count: number): string {
  switch (kind) {
    case 'meeting':
      return i18n._(msg`${plural(count, { one: 'a meeting with a part', other: '# meetings with parts' })}`);
    case 'pause':
      return i18n._(msg`${plural(count, { one: 'a pause', other: '# pauses' })}`);
    case 'grief':
      return i18n._(msg`${plural(count, { one: 'a grief', other: '# griefs' })}`);
    case 'relational-check-in':
      return i18n._(
        msg`${plural(count, {
          one: 'a check-in after time with someone',
          other: '# check-ins after time with someone',
        })}`,
      );
    case 'journal-entry':
      return i18n._(msg`${plural(count, { one: 'a journal entry', other: '# journal entries' })}`);
    case 'part':
      return i18n._(msg`${plural(count, { one: 'a summary of a part', other: '# summaries of parts' })}`);
    case 'relationship':
      return i18n._(msg`${plural(count, { one: 'a summary of a person', other: '# summaries of people' })}`);
  }
}

/** "New since you last looked: 2 journal entries and a pause; one item changed; the session list changed." */
export function newsWords(news: NewSinceLastLook): string | null {
  if (news.isFirstLook) return null;
  const changed = news.changed;
  const pieces = [
    news.newByKind.length ? listIn(news.newByKind.map((n) => countOf(n.kind, n.count))) : '',
    changed > 0 ? i18n._(msg`${plural(changed, { one: 'one item changed', other: '# items changed' })}`) : '',
    news.isSessionListChanged ? i18n._(msg`the session list changed`) : '',
  ].filter(Boolean);
  if (!pieces.length) return i18n._(msg`Nothing new since you last looked.`);
  const what = pieces.join('; ');
  return i18n._(msg`New since you last looked: ${what}.`);
}

/** The ended notice: said plainly, once, until put away. */
export function endedWords(name: string, endedAt: number, endedBy: 'me' | 'client' | null): string {
  const day = formatWhen(endedAt, 'dayInYear');
  return endedBy === 'me'
    ? i18n._(msg`You ended the connection with ${name} on ${day}; what you read stays with you.`)
    : i18n._(msg`${name} ended the connection on ${day}; what you read stays with you.`);
}

/** "Next session Tuesday 10 March" for a YYYY-MM-DD that is today or later; null otherwise. */
export function nextSessionWords(forDate: string | null, today: string): string | null {
  if (forDate === null || forDate < today) return null;
  const [year, month, date] = forDate.split('-').map(Number);
  if (!year || !month || !date) return null;
  if (forDate === today) return i18n._(msg`Next session today`);
  // Midday on that day where the device is, so the day written is the one the client chose.
  const day = formatWhen(new Date(year, month - 1, date, 12).getTime(), 'weekdayInYear');
  return i18n._(msg`Next session ${day}`);
}
