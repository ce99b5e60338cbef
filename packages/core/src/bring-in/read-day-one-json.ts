import { journalLimits } from '../journal/journal-entry.ts';
import type { BringInReading, FoundEntry, UnreadPart } from './bring-in.ts';
import { cleanNote, dayInZone } from './bring-in-text.ts';

const notDayOne = (why: UnreadPart['why']): BringInReading => ({
  source: 'day-one',
  entries: [],
  activities: [],
  unread: [{ where: 'the file', why }],
  leftOut: { photos: 0 },
});

/**
 * Reads a Day One JSON export ({ metadata, entries: [{ uuid, creationDate, timeZone, text, tags,
 * photos }] }) into journal entries with their tags kept in the text. Photos are left out and counted.
 */
export function readDayOneJson(text: string): BringInReading {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return notDayOne('not-an-entry');
  }
  const list = isRecord(data) ? data['entries'] : undefined;
  if (!Array.isArray(list)) return notDayOne('not-an-entry');
  const entries: FoundEntry[] = [];
  const unread: UnreadPart[] = [];
  let photos = 0;
  for (const [index, candidate] of list.entries()) {
    const where = `entry ${index + 1}`;
    if (!isRecord(candidate)) {
      unread.push({ where, why: 'not-an-entry' });
      continue;
    }
    photos += countPhotos(candidate);
    const read = readEntry(candidate, index);
    if ('why' in read) unread.push({ where, why: read.why });
    else entries.push(read);
  }
  return { source: 'day-one', entries, activities: [], unread, leftOut: { photos } };
}

function readEntry(entry: Record<string, unknown>, index: number): FoundEntry | { why: UnreadPart['why'] } {
  const created = text(entry['creationDate']);
  const zone = text(entry['timeZone']) || undefined;
  const date = dayInZone(created, zone);
  if (!date) return { why: 'no-date' };
  const tags = Array.isArray(entry['tags']) ? entry['tags'].filter((t) => typeof t === 'string') : [];
  const words = unescapeMarkdown(
    cleanNote(text(entry['text'])).replace(/!\[[^\]]*\]\(dayone-moment:[^)]*\)/g, ''),
  );
  const [first = '', ...rest] = words.trim().split('\n');
  const heading = /^#{1,6}\s+(.*)$/.exec(first);
  const title = heading?.[1]?.trim() ?? '';
  const content = (heading ? rest.join('\n') : words).trim();
  const body = [content, tags.length ? `Tags: ${tags.join(', ')}` : ''].filter(Boolean).join('\n\n');
  if (!title && !body) return { why: 'empty' };
  if (title.length > journalLimits.title || body.length > journalLimits.body) return { why: 'too-long' };
  const uuid = text(entry['uuid']) || `${index}|${created}|${body}`;
  return { key: `day-one|${uuid}`, date, at: Date.parse(created), title, body };
}

/** Day One writes Markdown with punctuation escaped (`\.`, `\-`); a journal shows the plain words. */
function unescapeMarkdown(value: string): string {
  return value.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
}

function countPhotos(entry: Record<string, unknown>): number {
  const photos = entry['photos'];
  return Array.isArray(photos) ? photos.length : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
