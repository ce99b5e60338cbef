import { plural, t } from '@lingui/core/macro';
import type { ViewingSession } from '@tend/core';
import { listIn, opening } from '../../i18n/sentences/say.ts';
import { formatWhen } from '../../ui/dates.ts';

/** What a record of the share is, as far as the client's own device knows it. */
export type RecordName =
  | { readonly type: 'item'; readonly title: string }
  | { readonly type: 'session-list' }
  | { readonly type: 'replies' }
  | null;

/** "on Tuesday 3 March, 14:02–14:06", or "on Tuesday 3 March at 14:02" when it was one minute. */
export function whenWords(session: Pick<ViewingSession, 'from' | 'to'>): string {
  const day = formatWhen(session.from, 'weekdayInYear');
  const [from, to] = [formatWhen(session.from, 'time'), formatWhen(session.to, 'time')];
  return from === to ? t`on ${day} at ${from}` : t`on ${day}, ${from}–${to}`;
}

/** "Dr Lee opened 3 of your shared items and your list for the session on Tuesday 3 March, 14:02–14:06." */
export function sessionSentence(
  session: ViewingSession,
  practitionerName: string,
  nameOf: (recordId: string) => RecordName,
): string {
  const names = session.itemIds.map(nameOf);
  const items = names.filter((n) => n?.type === 'item').length;
  const what =
    listIn([
      items ? plural(items, { one: 'one of your shared items', other: '# of your shared items' }) : '',
      names.some((n) => n?.type === 'session-list') ? t`your list for the session` : '',
      names.some((n) => n?.type === 'replies') ? t`your replies` : '',
    ]) || t`what you share`;
  const when = whenWords(session);
  return t`${practitionerName} opened ${what} ${when}.`;
}

/**
 * The records opened, in the client's own words where the device knows them. The rest are most often
 * the practitioner's own reflections (their page reads the whole share), said so without alarm.
 */
export function openedNames(
  itemIds: readonly string[],
  nameOf: (recordId: string) => RecordName,
  practitionerName: string,
): string {
  if (!itemIds.length) return t`Nothing was shared at the time.`;
  const names = itemIds.map(nameOf);
  const titles = names.flatMap((n) => (n?.type === 'item' ? [n.title] : []));
  const list = names.some((n) => n?.type === 'session-list') ? [t`your list for the session`] : [];
  const replies = names.some((n) => n?.type === 'replies') ? [t`your replies`] : [];
  const unnamed = names.filter((n) => n === null).length;
  const rest = unnamed
    ? [
        plural(unnamed, {
          one: `one more, most likely ${practitionerName}'s own words to you`,
          other: `# more, most likely ${practitionerName}'s own words to you`,
        }),
      ]
    : [];
  // A list of names, one after another: the separator is the same in every language Tend speaks.
  const text = [...new Set(titles), ...list, ...replies, ...rest].join('; ');
  return `${opening(text)}.`;
}
