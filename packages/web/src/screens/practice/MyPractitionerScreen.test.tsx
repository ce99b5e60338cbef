import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  journalEntry,
  renderInApp,
  settle,
} from '../../testing/practice-fixtures.tsx';
import { LogEntries, LogIntegrity } from './AccessLogScreen.tsx';
import { MyPractitionerView } from './MyPractitionerScreen.tsx';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { setDateLocale } from '../../ui/dates.ts';

afterEach(closePracticeServers);

// Dates are written in the reader's locale; these tests read British English.
beforeAll(() => setDateLocale('en-GB'));

describe('an ended connection, on the client side', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practitioner', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('says plainly that the practitioner ended it, and offers to connect again', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'live');
    await settle(client);
    await practitioner.practice.endConnection({ shareId });
    await client.practice.refresh();

    const [connection] = client.practice.snapshot().connections;
    expect(connection).toMatchObject({ endedBy: 'practitioner' });
    const html = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(html).toContain('Dana Reyes ended this connection.');
    expect(html).toContain('Your own entries are all still here.');
    expect(html).toContain('I have an invitation code');
    expect(html).not.toContain('>What you share<');
    expect(html).not.toMatch(/fault|sorry|blame/i);
    // Nothing more reaches the practitioner.
    await expect(client.practice.share(connectionId, entry.id, 'snapshot')).rejects.toThrow();
  });

  it('shows how sharing stands the way the sync line does, and nothing when all reached the server', async () => {
    const { client } = await connectedPair();
    const snapshot = client.practice.snapshot();
    expect(renderInApp(client, <MyPractitionerView snapshot={snapshot} />)).not.toContain('sync-line');
    const stopped = { ...snapshot, sharing: { status: 'error', problem: 'sharing-failed' } } as const;
    const html = renderInApp(client, <MyPractitionerView snapshot={stopped} />);
    expect(html).toContain('class="sync-line sync-error" role="status"');
    expect(html).toContain('Sharing is paused for now. Everything is safe on this device');
  });

  it('says so when the client ended it', async () => {
    const { client, connectionId } = await connectedPair();
    await client.practice.endConnection({ connectionId });
    const html = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(html).toContain('You ended your connection with Dana Reyes.');
  });

  it('lists what is shared, and shows the practitioner’s words with a way to reply', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await practitioner.practice.suggestPractice(shareId, {
      practice: 'A slow walk',
      note: '',
      onItemId: null,
    });
    await client.practice.refresh();
    expect(client.practice.snapshot().connections[0]?.hasNew).toBe(true);
    const html = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(html).toContain('A hard morning');
    expect(html).toContain('As it was then');
    expect(html).toContain('aria-label="Stop sharing “A hard morning, 14 March 2026”"');
    expect(html).toContain('From Dana Reyes');
    const notes = await client.practice.conversation(connectionId);
    expect(notes.map((n) => n.text)).toEqual(['A slow walk']);
  });

  it('shows the name the practitioner sees, and a rename reaches them', async () => {
    const { client, practitioner, connectionId } = await connectedPair();
    const before = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(before).toContain('How Dana Reyes sees you');
    expect(before).toContain('Save the name');
    await client.practice.renameMe(connectionId, 'Sky');
    await practitioner.practice.refresh();
    expect(practitioner.practice.snapshot().clients.map((c) => c.name)).toEqual(['Sky']);
    const after = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(after).toContain('They see you as <strong>Sky</strong>');
  });
});

describe('who opened what', () => {
  it('lists each time the practitioner opened what was shared, newest first, and checks the record', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId, server, clientId } = await connectedPair([entry]);
    await practitioner.practice.openClient(shareId);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await practitioner.practice.openClient(shareId);

    const log = await client.practice.accessLog(connectionId);
    expect(log.verified).toBe(true);
    expect(log.entries.map((e) => e.itemIds.length)).toEqual([1, 0]);
    const titles = new Map(client.list('practice-shared-item').map((i) => [i.id, 'A hard morning']));
    const nameOf = (id: string) => {
      const title = titles.get(id);
      return title === undefined ? null : ({ type: 'item', title } as const);
    };
    const html = renderMarkup(<LogEntries log={log} practitionerName="Dana Reyes" nameOf={nameOf} />);
    // Two fetches a moment apart are one viewing session, with both entries behind it.
    expect(html.match(/<li>Entry /g)).toHaveLength(2);
    expect(html).toContain('Dana Reyes opened one of your shared items on ');
    expect(html).toContain('The 2 openings behind this');
    expect(html.indexOf('A hard morning')).toBeLessThan(html.indexOf('Nothing was shared at the time.'));
    expect(renderMarkup(<LogIntegrity verified />)).toContain('This record is intact');

    // A server that changes an entry after writing it.
    const [first] = await server.practice.accessLogOf(clientId);
    await server.practice.tamperAccessLog(clientId, first?.seq ?? 1, { at: (first?.at ?? 0) + 60_000 });
    const altered = await client.practice.accessLog(connectionId);
    expect(altered.verified).toBe(false);
    const warning = renderMarkup(<LogIntegrity verified={false} />);
    expect(warning).toContain('role="alert"');
    expect(warning).toContain('This record was changed on the server after it was written.');
  });
});
