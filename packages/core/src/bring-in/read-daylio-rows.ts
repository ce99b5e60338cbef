import { isCalendarDate, journalLimits } from '../journal/journal-entry.ts';
import type { BringInReading, FoundActivity, FoundEntry, UnreadPart } from './bring-in.ts';
import { cleanNote, localMoment } from './bring-in-text.ts';

/** Daylio's export columns (full_date, date, weekday, time, mood, activities, note_title, note). */
const columns = ['full_date', 'time', 'mood', 'activities', 'note_title', 'note'] as const;
type Column = (typeof columns)[number];

const notDaylio: BringInReading = {
  source: 'daylio',
  entries: [],
  activities: [],
  unread: [{ where: 'row 1', why: 'not-an-entry' }],
  leftOut: { photos: 0 },
};

export interface DaylioOptions {
  /** Rows with neither a note nor a note title become entries only when this is true. */
  readonly includeMoodOnly: boolean;
}

/**
 * Reads the rows of a Daylio CSV export (already split by a CSV parser, header first) into journal
 * entries that keep the mood and activities in their text, and the activities for kindness moments.
 */
export function readDaylioRows(rows: readonly (readonly string[])[], options: DaylioOptions): BringInReading {
  const [header = [], ...body] = rows;
  const at = indexColumns(header);
  if (!at) return notDaylio;
  const entries: FoundEntry[] = [];
  const activities: FoundActivity[] = [];
  const unread: UnreadPart[] = [];
  for (const [index, row] of body.entries()) {
    if (row.every((cell) => !cell.trim())) continue;
    const read = readRow(row, at, options);
    if ('why' in read) {
      if (read.why !== 'skip') unread.push({ where: `row ${index + 2}`, why: read.why });
      continue;
    }
    if (read.entry) entries.push(read.entry);
    activities.push(...read.activities);
  }
  return { source: 'daylio', entries, activities, unread, leftOut: { photos: 0 } };
}

function indexColumns(header: readonly string[]): Record<Column, number> | null {
  const names = header.map((name) =>
    name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const found: Partial<Record<Column, number>> = {};
  for (const column of columns) found[column] = names.indexOf(column);
  const { full_date: date = -1, mood = -1 } = found;
  if (date < 0 || mood < 0) return null;
  return {
    full_date: date,
    mood,
    time: found.time ?? -1,
    activities: found.activities ?? -1,
    note_title: found.note_title ?? -1,
    note: found.note ?? -1,
  };
}

type RowReading =
  { entry: FoundEntry | null; activities: FoundActivity[] } | { why: UnreadPart['why'] | 'skip' };

function readRow(row: readonly string[], at: Record<Column, number>, options: DaylioOptions): RowReading {
  const cell = (column: Column) => (at[column] >= 0 ? (row[at[column]] ?? '') : '').trim();
  const date = cell('full_date');
  if (!isCalendarDate(date)) return { why: 'no-date' };
  const time = readTime(cell('time'));
  const moment = localMoment(date, time);
  const mood = cell('mood');
  const names = cell('activities')
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
  const title = cell('note_title');
  const note = cleanNote(cell('note'));
  const key = `daylio|${date}|${time}|${mood}|${names.join('|')}|${title}|${note}`;
  const found = names.map((activity) => ({ key: `${key}|${activity}`, at: moment, activity }));
  const hasWords = Boolean(title || note);
  if (!hasWords && !options.includeMoodOnly)
    return names.length ? { entry: null, activities: found } : { why: 'skip' };
  const facts = [mood && `Mood: ${mood}`, names.length ? `Activities: ${names.join(', ')}` : ''];
  const text = [note, facts.filter(Boolean).join('\n')].filter(Boolean).join('\n\n');
  if (title.length > journalLimits.title || text.length > journalLimits.body) return { why: 'too-long' };
  if (!title && !text) return { why: 'empty' };
  return { entry: { key, date, at: moment, title, body: text }, activities: found };
}

/** "21:40", "9:40 PM", "09:40 pm" → "21:40"; anything else → "12:00", the middle of the day. */
function readTime(value: string): string {
  const match = /^(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$/i.exec(value);
  if (!match) return '12:00';
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase().replaceAll('.', '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return '12:00';
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
