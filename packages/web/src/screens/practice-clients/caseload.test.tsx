import { lookAtClient, endClientGlance, type ClientSight } from '@tend/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  journalEntry,
  renderInApp,
  testPorts,
  settle,
} from '../../testing/practice-fixtures.tsx';
import { activateLanguage } from '../../i18n/activate.ts';
import { setDateLocale } from '../../ui/dates.ts';
import { endedWords, newsWords, nextSessionWords } from './caseload-words.ts';
import { PracticeHome } from './PracticeHomeScreen.tsx';

afterEach(closePracticeServers);
beforeAll(() => setDateLocale('en-GB'));
afterAll(() => setDateLocale(undefined));

const sight = (shareId: string, forDate: string | null): ClientSight => ({
  shareId,
  clientName: 'Sam',
  connectedAt: Date.UTC(2026, 2, 1),
  items: [{ id: crypto.randomUUID(), kind: 'journal-entry', updatedAt: 5 }],
  sessionList: { updatedAt: 5, points: 3, forDate },
});

describe('the caseload at a glance', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('says per client what the last look saw and when the next session is, without fetching again', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId, server, clientId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await practitioner.save(lookAtClient(testPorts, null, sight(shareId, '2999-03-10')).glance);
    await practitioner.practice.refresh();
    const accesses = (await server.practice.accessLogOf(clientId)).length;
    const html = renderInApp(practitioner, <PracticeHome snapshot={practitioner.practice.snapshot()} />);
    expect(html).toContain('Last looked ');
    expect(html).toContain('1 item shared');
    expect(html).toContain('a session list of 3 points');
    expect(html).toMatch(/Next session \w+day 10 March/);
    expect(html).toContain('New since you last looked');
    // The caseload reads only what the last look remembered: no access the client's log would show.
    expect((await server.practice.accessLogOf(clientId)).length).toBe(accesses);
  });

  it('shows an ended connection as ended until the notice is put away', async () => {
    const { client, practitioner, connectionId, shareId } = await connectedPair();
    const { glance } = lookAtClient(testPorts, null, sight(shareId, null));
    await practitioner.save(endClientGlance(glance, Date.UTC(2026, 2, 3, 12), 'client'));
    await client.practice.endConnection({ connectionId });
    await practitioner.practice.refresh();
    const html = renderInApp(practitioner, <PracticeHome snapshot={practitioner.practice.snapshot()} />);
    expect(html).toContain('Sam ended the connection on 3 March; what you read stays with you.');
    expect(html).toContain('Put this notice away');
    expect(html).toContain('No clients yet.');
  });
});

describe('the caseload’s words', () => {
  it.each([
    [{ isFirstLook: true, newByKind: [], changed: 0, isSessionListChanged: false }, null],
    [
      { isFirstLook: false, newByKind: [], changed: 0, isSessionListChanged: false },
      'Nothing new since you last looked.',
    ],
    [
      {
        isFirstLook: false,
        newByKind: [
          { kind: 'journal-entry', count: 2 },
          { kind: 'pause', count: 1 },
        ],
        changed: 1,
        isSessionListChanged: true,
      },
      'New since you last looked: 2 journal entries and a pause; one item changed; the session list changed.',
    ],
  ] as const)('%j', (news, words) => {
    expect(newsWords({ ...news, newByKind: [...news.newByKind] })).toBe(words);
  });

  it('names who ended it, and the next session only when it is still ahead', () => {
    const at = Date.UTC(2026, 2, 3, 12);
    expect(endedWords('Sam', at, 'me')).toBe(
      'You ended the connection with Sam on 3 March; what you read stays with you.',
    );
    expect(nextSessionWords('2026-03-10', '2026-03-03')).toBe('Next session Tuesday 10 March');
    expect(nextSessionWords('2026-03-03', '2026-03-03')).toBe('Next session today');
    expect(nextSessionWords('2026-03-02', '2026-03-03')).toBeNull();
    expect(nextSessionWords(null, '2026-03-03')).toBeNull();
  });
});

describe('the caseload’s words in German and Spanish', () => {
  const news = {
    isFirstLook: false,
    newByKind: [
      { kind: 'journal-entry' as const, count: 2 },
      { kind: 'pause' as const, count: 1 },
    ],
    changed: 3,
    isSessionListChanged: true,
  };
  const at = Date.UTC(2026, 2, 3, 12);
  afterAll(async () => {
    await activateLanguage('en');
    setDateLocale('en-GB');
  });

  it('counts, joins and dates as German does', async () => {
    await activateLanguage('de');
    setDateLocale('de');
    expect(newsWords(news)).toBe(
      'Neu, seit du zuletzt geschaut hast: 2 Tagebucheinträge und eine Pause; 3 Einträge haben sich geändert; die Liste für die Sitzung hat sich geändert.',
    );
    expect(endedWords('Sam', at, 'client')).toBe(
      'Sam hat die Verbindung am 3. März beendet; was du gelesen hast, bleibt bei dir.',
    );
    expect(nextSessionWords('2026-03-10', '2026-03-03')).toBe('Nächste Sitzung am Dienstag, 10. März');
  });

  it('counts, joins and dates as Spanish does', async () => {
    await activateLanguage('es');
    setDateLocale('es');
    expect(newsWords({ ...news, changed: 1 })).toBe(
      'Nuevo desde la última vez que miraste: 2 entradas del diario y una pausa; un elemento cambió; la lista para la sesión cambió.',
    );
    expect(endedWords('Sam', at, 'me')).toBe(
      'Terminaste la conexión con Sam el 3 de marzo; lo que leíste se queda contigo.',
    );
    expect(nextSessionWords('2026-03-10', '2026-03-03')).toBe('Próxima sesión el martes, 10 de marzo');
  });
});
