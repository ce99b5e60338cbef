import { listOf, type ViewingSession } from '@tend/core';

/** What a record of the share is, as far as the client's own device knows it. */
export type RecordName =
  | { readonly type: 'item'; readonly title: string }
  | { readonly type: 'session-list' }
  | { readonly type: 'replies' }
  | null;

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const day = (ms: number) =>
  new Date(ms).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

/** "on Tuesday 3 March, 14:02–14:06", or "at 14:02" when it was one minute. */
export function whenWords(session: Pick<ViewingSession, 'from' | 'to'>): string {
  const [from, to] = [time(session.from), time(session.to)];
  return from === to ? `on ${day(session.from)} at ${from}` : `on ${day(session.from)}, ${from}–${to}`;
}

const itemCount = (n: number) => (n === 1 ? 'one of your shared items' : `${n} of your shared items`);

/** "Dr Lee opened 3 of your shared items and your list for the session on Tuesday 3 March, 14:02–14:06." */
export function sessionSentence(
  session: ViewingSession,
  practitionerName: string,
  nameOf: (recordId: string) => RecordName,
): string {
  const names = session.itemIds.map(nameOf);
  const items = names.filter((n) => n?.type === 'item').length;
  const what = listOf([
    items ? itemCount(items) : '',
    names.some((n) => n?.type === 'session-list') ? 'your list for the session' : '',
    names.some((n) => n?.type === 'replies') ? 'your replies' : '',
  ]);
  return `${practitionerName} opened ${what || 'what you share'} ${whenWords(session)}.`;
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
  if (!itemIds.length) return 'Nothing was shared at the time.';
  const names = itemIds.map(nameOf);
  const titles = names.flatMap((n) => (n?.type === 'item' ? [n.title] : []));
  const list = names.some((n) => n?.type === 'session-list') ? ['your list for the session'] : [];
  const replies = names.some((n) => n?.type === 'replies') ? ['your replies'] : [];
  const unnamed = names.filter((n) => n === null).length;
  const rest = unnamed
    ? [
        `${unnamed === 1 ? 'one more' : `${unnamed} more`}, most likely ${practitionerName}'s own words to you`,
      ]
    : [];
  const text = [...new Set(titles), ...list, ...replies, ...rest].join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
