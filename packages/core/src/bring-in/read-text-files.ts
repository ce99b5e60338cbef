import { isCalendarDate, journalLimits } from '../journal/journal-entry.ts';
import type { BringInReading, FoundEntry, UnreadPart } from './bring-in.ts';
import { cleanNote, localMoment } from './bring-in-text.ts';

/** A Markdown or text file as the browser hands it over. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
  /** The file's own modification time (ms), the date of last resort. */
  readonly lastModified: number;
}

/**
 * Reads Markdown or plain-text files into journal entries, one per file: the date from front matter
 * (`date: 2021-03-04`), else from the name (`2021-03-04 walk.md`, `20210304.txt`), else the file's
 * own date; the title from front matter, a first `# heading`, or the name.
 */
export function readTextFiles(files: readonly TextFile[], localDay: (ms: number) => string): BringInReading {
  const entries: FoundEntry[] = [];
  const unread: UnreadPart[] = [];
  for (const file of files) {
    const read = readFile(file, localDay);
    if ('why' in read) unread.push({ where: file.name, why: read.why });
    else entries.push(read);
  }
  return { source: 'text', entries, activities: [], unread, leftOut: { photos: 0 } };
}

function readFile(file: TextFile, localDay: (ms: number) => string): FoundEntry | { why: UnreadPart['why'] } {
  const { meta, rest } = frontMatter(cleanNote(file.text.replace(/^\uFEFF/, '')));
  const [first = '', ...others] = rest.split('\n');
  const heading = /^#\s+(.*)$/.exec(first.trim());
  const content = (heading ? others.join('\n') : rest).trim();
  const title = (meta['title'] ?? heading?.[1] ?? titleFromName(file.name)).trim();
  const date = dateFrom(meta['date']) ?? dateFrom(file.name) ?? localDay(file.lastModified);
  if (!isCalendarDate(date)) return { why: 'no-date' };
  if (!content && !heading && !meta['title']) return { why: 'empty' };
  if (title.length > journalLimits.title || content.length > journalLimits.body) return { why: 'too-long' };
  return { key: `text|${file.name}|${title}|${content}`, date, at: localMoment(date), title, body: content };
}

/** A YAML-like block between `---` lines; only simple `key: value` lines are read. */
function frontMatter(text: string): { meta: Record<string, string>; rest: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { meta: {}, rest: text };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (pair?.[1] && pair[2] !== undefined) meta[pair[1].toLowerCase()] = pair[2].replace(/^["']|["']$/g, '');
  }
  return { meta, rest: text.slice(match[0].length) };
}

function dateFrom(value: string | undefined): string | null {
  const match = /(\d{4})-?(\d{2})-?(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) ? date : null;
}

function titleFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|txt|text)$/i, '');
  return base
    .replace(/\d{4}-?\d{2}-?\d{2}/, '')
    .replace(/^[\s_-]+|[\s_-]+$/g, '')
    .replace(/[_-]+/g, ' ');
}
