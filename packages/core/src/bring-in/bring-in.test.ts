import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJournalEntry } from '../journal/journal-entry.ts';
import { localDate } from '../journal/journal-entry.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { describeBringIn } from './bring-in-words.ts';
import { fingerprint } from './fingerprint.ts';
import { planBringIn } from './plan-bring-in.ts';
import { readDaylioRows } from './read-daylio-rows.ts';
import { readDayOneJson } from './read-day-one-json.ts';
import { readTextFiles } from './read-text-files.ts';
import { suggestKindness } from './suggest-kindness.ts';

const header = ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'];
const row = (date: string, time: string, mood: string, activities: string, title: string, note: string) => [
  date,
  'ignored',
  'Tuesday',
  time,
  mood,
  activities,
  title,
  note,
];
const nothingHere = () => false;

describe('reading a Daylio export', () => {
  const rows = [
    header,
    row(
      '2019-03-05',
      '9:41 PM',
      'good',
      'water | walk | friends',
      'A long day',
      'Tired, but I stayed with it.',
    ),
    row('2024-11-30', '07:05', 'meh', '', '', 'Line one<br>line two\r\nline three'),
    row('2022-02-31', '10:00', 'rad', '', '', 'no such day'),
    row('2023-06-01', '12:00', 'awful', 'sleep', '', ''),
    ['', '', '', '', '', '', '', ''],
    row('2023-06-02', '25:99', 'good', '', 'Ümlaut, 日本語, עברית', '=HYPERLINK("http://x","y")'),
  ];

  it('keeps notes, mood and activities in the text, and says which rows it could not read', () => {
    const reading = readDaylioRows(rows, { includeMoodOnly: false });
    expect(reading.entries.map((e) => [e.date, e.title, e.body])).toEqual([
      [
        '2019-03-05',
        'A long day',
        'Tired, but I stayed with it.\n\nMood: good\nActivities: water, walk, friends',
      ],
      ['2024-11-30', '', 'Line one\nline two\nline three\n\nMood: meh'],
      ['2023-06-02', 'Ümlaut, 日本語, עברית', '=HYPERLINK("http://x","y")\n\nMood: good'],
    ]);
    expect(new Date(reading.entries[0]?.at ?? 0).getHours()).toBe(21);
    expect(new Date(reading.entries[2]?.at ?? 0).getHours()).toBe(12);
    expect(reading.unread).toEqual([{ where: 'row 4', why: 'no-date' }]);
    // A mood-only row brings its activity for kindness, not an entry, unless asked.
    expect(reading.activities.map((a) => a.activity)).toEqual(['water', 'walk', 'friends', 'sleep']);
    expect(readDaylioRows(rows, { includeMoodOnly: true }).entries).toHaveLength(4);
  });

  it('refuses a file that is not a Daylio export as a whole', () => {
    const reading = readDaylioRows(
      [
        ['name', 'email'],
        ['a', 'b'],
      ],
      { includeMoodOnly: true },
    );
    expect(reading.entries).toEqual([]);
    expect(reading.unread).toEqual([{ where: 'row 1', why: 'not-an-entry' }]);
  });

  it('suggests kindness for body activities, and maps only what the person keeps', () => {
    const reading = readDaylioRows(rows, { includeMoodOnly: false });
    const mapping = suggestKindness(reading.activities);
    expect(mapping).toEqual({ water: 'drank-water', walk: 'moved-gently', friends: null, sleep: 'rested' });
    const plan = planBringIn(reading, { ...mapping, sleep: null }, nothingHere);
    expect(plan.newKindness).toBe(2);
    expect(plan.objects.filter((o) => o.kind === 'kindness-moment').map((o) => o.fields['what'])).toEqual([
      'drank-water',
      'moved-gently',
    ]);
    const hostile = readDaylioRows([header, row('2020-01-01', '', 'ok', '__proto__ | constructor', '', '')], {
      includeMoodOnly: false,
    });
    expect(planBringIn(hostile, suggestKindness(hostile.activities), nothingHere).objects).toEqual([]);
  });
});

describe('reading a Day One export', () => {
  const file = JSON.stringify({
    metadata: { version: '1.0' },
    entries: [
      {
        uuid: 'A1B2',
        creationDate: '2021-01-01T23:30:00Z',
        timeZone: 'Asia/Tokyo',
        text: '# New year\n\nQuiet morning\\. A walk\\!\n![](dayone-moment://PHOTO1)',
        tags: ['family', 'rest'],
        photos: [{ identifier: 'PHOTO1' }],
      },
      { uuid: 'C3', creationDate: '2020-05-05T10:00:00Z', text: 'No zone, <b>bold</b> stays as text' },
      { uuid: 'D4', creationDate: 'not a date', text: 'lost' },
      { uuid: 'E5', creationDate: '2020-05-06T10:00:00Z', text: '' },
      'not an object',
    ],
  });

  it('reads entries on their own day, keeps tags, leaves photos out and counts them', () => {
    const reading = readDayOneJson(file);
    expect(reading.entries.map((e) => [e.date, e.title, e.body])).toEqual([
      ['2021-01-02', 'New year', 'Quiet morning. A walk!\n\nTags: family, rest'],
      ['2020-05-05', '', 'No zone, <b>bold</b> stays as text'],
    ]);
    expect(reading.unread).toEqual([
      { where: 'entry 3', why: 'no-date' },
      { where: 'entry 4', why: 'empty' },
      { where: 'entry 5', why: 'not-an-entry' },
    ]);
    expect(reading.leftOut.photos).toBe(1);
  });

  it('refuses what is not a Day One export', () => {
    expect(readDayOneJson('{').unread).toEqual([{ where: 'the file', why: 'not-an-entry' }]);
    expect(readDayOneJson('{"format":"tend-vault-export"}').entries).toEqual([]);
  });
});

describe('reading Markdown and text files', () => {
  const day = (ms: number) => localDate(ms);
  it('takes the date from front matter, then the name, then the file; the title likewise', () => {
    const modified = new Date(2018, 6, 9, 10).getTime();
    const reading = readTextFiles(
      [
        {
          name: 'anything.md',
          text: '---\ndate: 2020-02-03\ntitle: "From the top"\n---\nBody here',
          lastModified: 0,
        },
        { name: '2021-04-05 evening-walk.md', text: '# Heading title\n\nWords', lastModified: 0 },
        { name: '20220607.txt', text: 'Plain text\r\nsecond line', lastModified: 0 },
        { name: 'notes.txt', text: 'no date anywhere', lastModified: modified },
        { name: 'empty.md', text: '\n\n', lastModified: modified },
      ],
      day,
    );
    expect(reading.entries.map((e) => [e.date, e.title, e.body])).toEqual([
      ['2020-02-03', 'From the top', 'Body here'],
      ['2021-04-05', 'Heading title', 'Words'],
      ['2022-06-07', '', 'Plain text\nsecond line'],
      ['2018-07-09', 'notes', 'no date anywhere'],
    ]);
    expect(reading.unread).toEqual([{ where: 'empty.md', why: 'empty' }]);
  });

  it('refuses an entry longer than the journal holds, and keeps a huge file from stopping the rest', () => {
    const huge = 'x'.repeat(250_000);
    const reading = readTextFiles(
      [
        { name: '2020-01-01.md', text: huge, lastModified: 0 },
        { name: '2020-01-02.md', text: 'small', lastModified: 0 },
      ],
      day,
    );
    expect(reading.unread).toEqual([{ where: '2020-01-01.md', why: 'too-long' }]);
    expect(reading.entries).toHaveLength(1);
  });
});

describe('planning an import', () => {
  const reading = readDaylioRows(
    [
      header,
      row('2019-03-05', '21:00', 'good', 'water', '', 'first'),
      row('2024-01-01', '08:00', 'meh', '', '', 'last'),
      row('2024-01-01', '08:00', 'meh', '', '', 'last'),
      row('2022-02-31', '', 'meh', '', '', 'broken'),
    ],
    { includeMoodOnly: false },
  );

  it('makes valid journal entries, previews them, and adds nothing the second time', () => {
    const mapping = suggestKindness(reading.activities);
    const first = planBringIn(reading, mapping, nothingHere);
    expect(first.newEntries).toBe(2);
    expect(first.newKindness).toBe(1);
    expect(first.span).toEqual({ from: '2019-03-05', to: '2024-01-01' });
    for (const object of first.objects) expect(parseVaultObject(object)).toEqual(object);
    expect(first.objects.filter(isJournalEntry)).toHaveLength(2);
    expect(describeBringIn(reading, first)).toEqual([
      '2 entries from 2019–2024 and 1 kindness moment will be added.',
      '1 row could not be read: row 5 (no date Tend could read).',
    ]);

    const ids = new Set(first.objects.map((o) => o.id));
    const again = planBringIn(reading, mapping, (id) => ids.has(id));
    expect(again.objects).toEqual([]);
    expect(again.alreadyHere).toBe(3);
    expect(describeBringIn(reading, again)[0]).toBe('Nothing new will be added.');
    expect(planBringIn(reading, mapping, nothingHere).objects).toEqual(first.objects);
  });

  it('leaves out what the person deleted after an earlier import, and says so', () => {
    const mapping = suggestKindness(reading.activities);
    const first = planBringIn(reading, mapping, nothingHere);
    const [gone, ...kept] = first.objects.filter(isJournalEntry);
    const moment = first.objects.find((o) => !isJournalEntry(o));
    if (!gone || !moment) throw new Error('expected an entry and a moment');
    const present = new Set(kept.map((o) => o.id));
    const deleted = new Set([gone.id]);
    const again = planBringIn(
      reading,
      mapping,
      (id) => present.has(id),
      (id) => deleted.has(id),
    );
    // The moment was never saved, so it is still offered; the deleted entry is not.
    expect(again.objects.map((o) => o.id)).toEqual([moment.id]);
    expect([again.deletedEntries, again.deletedKindness, again.alreadyHere]).toEqual([1, 0, 1]);
    expect(describeBringIn(reading, again)).toEqual([
      '1 kindness moment will be added.',
      '1 item is already in your vault and will stay as it is.',
      '1 entry you deleted is left out.',
      '1 row could not be read: row 5 (no date Tend could read).',
    ]);

    deleted.add(moment.id);
    const all = planBringIn(
      reading,
      mapping,
      () => false,
      (id) => deleted.has(id),
    );
    expect(describeBringIn(reading, all).slice(0, 2)).toEqual([
      '1 entry from 2024 will be added.',
      '1 entry and 1 kindness moment you deleted are left out.',
    ]);
  });

  it('names objects by what was read: the same words the same id, other words another', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const same = Buffer.from(fingerprint(a)).equals(Buffer.from(fingerprint(b)));
        expect(same).toBe(a === b);
      }),
    );
    expect(fingerprint('entry one')).toEqual(fingerprint('entry one'));
    expect(fingerprint('entry one')).toHaveLength(10);
  });
});
