import { listOf, type NewSinceLastLook, type ShareableKind } from '@tend/core';

const kindCounts: Record<ShareableKind, readonly [string, string]> = {
  meeting: ['a meeting with a part', 'meetings with parts'],
  pause: ['a pause', 'pauses'],
  grief: ['a grief', 'griefs'],
  'relational-check-in': ['a check-in after time with someone', 'check-ins after time with someone'],
  'journal-entry': ['a journal entry', 'journal entries'],
  part: ['a summary of a part', 'summaries of parts'],
  relationship: ['a summary of a person', 'summaries of people'],
};

const countOf = (kind: ShareableKind, count: number) => {
  const [one, many] = kindCounts[kind];
  return count === 1 ? one : `${count} ${many}`;
};

/** "New since you last looked: 2 journal entries and a pause; one item changed; the session list changed." */
export function newsWords(news: NewSinceLastLook): string | null {
  if (news.isFirstLook) return null;
  const pieces = [
    news.newByKind.length ? listOf(news.newByKind.map((n) => countOf(n.kind, n.count))) : '',
    news.changed === 1 ? 'one item changed' : news.changed > 1 ? `${news.changed} items changed` : '',
    news.isSessionListChanged ? 'the session list changed' : '',
  ].filter(Boolean);
  if (!pieces.length) return 'Nothing new since you last looked.';
  return `New since you last looked: ${pieces.join('; ')}.`;
}

const shortDay = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });

/** The ended notice: said plainly, once, until put away. */
export function endedWords(name: string, endedAt: number, endedBy: 'me' | 'client' | null): string {
  return endedBy === 'me'
    ? `You ended the connection with ${name} on ${shortDay(endedAt)}; what you read stays with you.`
    : `${name} ended the connection on ${shortDay(endedAt)}; what you read stays with you.`;
}

/** "Next session 10 March" for a YYYY-MM-DD that is today or later; null otherwise. */
export function nextSessionWords(forDate: string | null, today: string): string | null {
  if (forDate === null || forDate < today) return null;
  const [year, month, day] = forDate.split('-').map(Number);
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const words = date.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return forDate === today ? 'Next session today' : `Next session ${words}`;
}
