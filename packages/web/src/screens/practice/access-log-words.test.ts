import type { ViewingSession } from '@tend/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../i18n/activate.ts';
import { setDateLocale } from '../../ui/dates.ts';
import { openedNames, sessionSentence, whenWords, type RecordName } from './access-log-words.ts';

const at = (hour: number, minute: number) => new Date(2026, 2, 3, hour, minute).getTime();
const names: Record<string, RecordName> = {
  a: { type: 'item', title: 'The bus home, 3 March 2026' },
  b: { type: 'item', title: 'Meeting with Inner critic, 2 March 2026' },
  c: { type: 'item', title: 'A pause, 1 March 2026' },
  list: { type: 'session-list' },
  replies: { type: 'replies' },
};
const nameOf = (id: string) => names[id] ?? null;
const session = (itemIds: string[], from = at(14, 2), to = at(14, 6)): ViewingSession => ({
  from,
  to,
  itemIds,
  entries: [{ seq: 1, at: from, itemIds }],
});

describe('the access log in the client’s words', () => {
  beforeAll(() => setDateLocale('en-GB'));
  afterAll(async () => {
    setDateLocale(undefined);
    await activateLanguage('en');
  });

  it.each([
    [['a', 'b', 'c'], 'Dr Lee opened 3 of your shared items on Tuesday 3 March, 14:02–14:06.'],
    [['a'], 'Dr Lee opened one of your shared items on Tuesday 3 March, 14:02–14:06.'],
    [
      ['list', 'a', 'replies', 'x'],
      'Dr Lee opened one of your shared items, your list for the session and your replies on Tuesday 3 March, 14:02–14:06.',
    ],
    [['x'], 'Dr Lee opened what you share on Tuesday 3 March, 14:02–14:06.'],
  ])('says what %j was', (itemIds, sentence) => {
    expect(sessionSentence(session(itemIds), 'Dr Lee', nameOf)).toBe(sentence);
  });

  it('gives one time for a session within one minute', () => {
    expect(whenWords({ from: at(9, 5), to: at(9, 5) })).toBe('on Tuesday 3 March at 09:05');
  });

  it('names items in the client’s own words, and counts the rest without alarm', () => {
    expect(openedNames(['a', 'list', 'x', 'y'], nameOf, 'Dr Lee')).toBe(
      "The bus home, 3 March 2026; your list for the session; 2 more, most likely Dr Lee's own words to you.",
    );
    expect(openedNames([], nameOf, 'Dr Lee')).toBe('Nothing was shared at the time.');
  });

  it('says each sentence whole in German and Spanish, its list and its day in that language', async () => {
    await activateLanguage('de');
    setDateLocale('de');
    expect(sessionSentence(session(['list', 'a', 'b']), 'Dr Lee', nameOf)).toBe(
      'Dr Lee hat am Dienstag, 3. März, 14:02–14:06 2 deiner geteilten Einträge und deine Liste für die Sitzung geöffnet.',
    );
    expect(openedNames(['list', 'x'], nameOf, 'Dr Lee')).toBe(
      'Deine Liste für die Sitzung; noch eines, wahrscheinlich Worte von Dr Lee an dich.',
    );
    await activateLanguage('es');
    setDateLocale('es');
    expect(sessionSentence(session(['a'], at(9, 5), at(9, 5)), 'Dr Lee', nameOf)).toBe(
      'Dr Lee abrió una de las cosas que compartes el martes, 3 de marzo a las 9:05.',
    );
    await activateLanguage('en');
    setDateLocale('en-GB');
  });
});
