import { bringInMaxBytes, planBringIn, suggestKindness } from '@tend/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BringInFileError, readBringInFiles, type ChosenFile } from './read-bring-in-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array): ChosenFile => ({ name, bytes, lastModified: 0 });
const options = { includeMoodOnly: false };

/** Written after Daylio's documented CSV export: a header row, then one row per mood entry. */
const daylio = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2024-03-05,March 5,Tuesday,9:41 PM,good,"water | walk | friends","Coffee, then rain","I said ""no"", gently.',
  'It held."',
  '2023-12-24,December 24,Sunday,08:00,meh,sleep,,"Heiligabend: müde, aber ruhig. 静かな朝"',
  '2023-12-25,December 25,Monday,10:00,rad,,,"=cmd|\' /C calc\'!A0"',
  '2023-12-26,December 26,Tuesday,10:00,good,,,"<img src=x onerror=alert(1)><script>alert(1)</script>"',
  '2023-13-40,??,,10:00,good,,,"a broken date"',
  '2023-12-27,December 27,Wednesday,10:00,good,,,"an unclosed quote at the very end',
].join('\r\n');

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BringInFileError);
  return error instanceof BringInFileError ? error.problem : '';
}

describe('reading a Daylio CSV file', () => {
  it('parses quoted commas, doubled quotes, line breaks in notes and other languages', async () => {
    const reading = await readBringInFiles('daylio', [file('daylio_export.csv', encode(daylio))], options);
    const [first, second, formula, html] = reading.entries;
    expect(first).toMatchObject({
      date: '2024-03-05',
      title: 'Coffee, then rain',
      body: 'I said "no", gently.\nIt held.\n\nMood: good\nActivities: water, walk, friends',
    });
    expect(second?.body).toContain('Heiligabend: müde, aber ruhig. 静かな朝');
    // Kept as the words they are: a formula is text, and HTML is shown as text, never rendered.
    expect(formula?.body.startsWith("=cmd|' /C calc'!A0")).toBe(true);
    expect(html?.body.startsWith('<img src=x onerror=alert(1)><script>alert(1)</script>')).toBe(true);
    // Rows are counted as a spreadsheet shows them: a note over two lines is still one row.
    expect(reading.unread).toEqual([{ where: 'row 6', why: 'no-date' }]);
    // The unclosed quote swallows the rest of the file into one last note; nothing is lost or invented.
    expect(reading.entries.at(-1)?.body).toContain('an unclosed quote at the very end');
  });

  it('reads a file saved as UTF-16 or Windows-1252 the same as UTF-8', async () => {
    const utf8 = await readBringInFiles('daylio', [file('a.csv', encode(daylio))], options);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...daylio].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const fromUtf16 = await readBringInFiles('daylio', [file('b.csv', utf16)], options);
    expect(fromUtf16.entries.map((e) => e.body)).toEqual(utf8.entries.map((e) => e.body));
    const latin = 'full_date,time,mood,note\n2020-01-01,10:00,good,caf\xe9 au lait';
    const cp1252 = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    const fromLatin = await readBringInFiles('daylio', [file('c.csv', cp1252)], options);
    expect(fromLatin.entries[0]?.body).toContain('café au lait');
  });

  it('refuses a binary file, a huge file and no file, before reading any of it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(readBringInFiles('daylio', [file('x.csv', png)], options))).toBe('not-text');
    const huge = new Uint8Array(bringInMaxBytes + 1).fill(0x61);
    expect(await refusal(readBringInFiles('daylio', [file('huge.csv', huge)], options))).toBe('too-large');
    expect(await refusal(readBringInFiles('text', [], options))).toBe('no-files');
    // A small ZIP that unpacks to more than Tend reads is refused before it is unpacked.
    const bomb = zipSync({ 'Journal.json': new Uint8Array(bringInMaxBytes + 1).fill(0x20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(bringInMaxBytes / 100);
    expect(await refusal(readBringInFiles('day-one', [file('export.zip', bomb)], options))).toBe('too-large');
  });

  it('reads twenty thousand rows into a plan that adds nothing the second time', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 9},x,y,10:${String(i % 60).padStart(2, '0')},good,water,,"note ${i}, with a comma"`,
    );
    const text = ['full_date,date,weekday,time,mood,activities,note_title,note', ...rows].join('\n');
    const reading = await readBringInFiles('daylio', [file('big.csv', encode(text))], options);
    expect(reading.entries).toHaveLength(20_000);
    const plan = planBringIn(reading, suggestKindness(reading.activities), () => false);
    expect(plan.newEntries).toBe(20_000);
    const ids = new Set(plan.objects.map((o) => o.id));
    expect(ids.size).toBe(plan.objects.length);
    expect(planBringIn(reading, suggestKindness(reading.activities), (id) => ids.has(id)).objects).toEqual(
      [],
    );
  });
});

describe('reading Day One and text files', () => {
  it('reads a Day One JSON export and Markdown files with their dates', async () => {
    const json = JSON.stringify({
      entries: [{ uuid: 'U1', creationDate: '2019-08-01T09:00:00Z', text: 'Sea air' }],
    });
    const dayOne = await readBringInFiles('day-one', [file('Journal.json', encode(json))], options);
    expect(dayOne.entries.map((e) => [e.date, e.body])).toEqual([['2019-08-01', 'Sea air']]);
    const zip = zipSync({
      'Journal.json': encode(json),
      'Travel.json': encode(
        JSON.stringify({ entries: [{ uuid: 'U2', creationDate: '2019-08-02T09:00:00Z', text: 'Train' }] }),
      ),
      'photos/abc.jpeg': new Uint8Array([0xff, 0xd8, 0, 0]),
    });
    const fromZip = await readBringInFiles('day-one', [file('export.zip', zip)], options);
    expect(fromZip.entries.map((e) => e.body)).toEqual(['Sea air', 'Train']);
    const notes = await readBringInFiles(
      'text',
      [file('2020-10-10 quiet.md', encode('# Quiet\n\nA slow day.')), file('2020-10-11.txt', encode('Tea.'))],
      options,
    );
    expect(notes.entries.map((e) => [e.date, e.title, e.body])).toEqual([
      ['2020-10-10', 'Quiet', 'A slow day.'],
      ['2020-10-11', '', 'Tea.'],
    ]);
  });
});
