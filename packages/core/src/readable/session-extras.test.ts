import { describe, expect, it } from 'vitest';
import { localDate } from '../journal/journal-entry.ts';
import { makeMeeting, makePart } from '../parts/test-factories.ts';
import { shareItem } from '../practice/share-item.ts';
import { sessionList } from '../practice/session-list.ts';
import { endConnection } from '../practice/end-connection.ts';
import {
  forbiddenInSharedWords,
  hostileText,
  idOf,
  makeConnection,
  memoryVault,
  testPorts,
} from '../practice/test-factories.ts';
import { makeCheckIn, makeRelationship } from '../relationships/test-factories.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import type { Connection } from '../practice/practice.ts';
import { sessionKinds, sessionMarkdown, sessionPage, type SessionChoice } from './session-page.ts';
import { monthSpanWords } from './session-pictures.ts';

const ports = testPorts(Date.UTC(2026, 2, 1, 9));
const at = (day: string) => Date.parse(`${day}T10:00:00Z`);

const choice = (more: Partial<SessionChoice> = {}): SessionChoice => ({
  from: '2026-03-01',
  to: '2026-04-30',
  kinds: sessionKinds,
  ids: [],
  leftOut: [],
  withLists: true,
  ...more,
});

/** A part met three times (once before the span), a person checked in with twice, and a sister left out. */
function smallVault() {
  const part = makePart(ports, { name: 'The tired one' });
  const meetings = [
    makeMeeting(ports, { partIds: [part.id], when: at('2026-02-10'), stances: ['abandoned'] }),
    makeMeeting(ports, { partIds: [part.id], when: at('2026-03-05'), stances: ['abandoned'] }),
    makeMeeting(ports, {
      partIds: [part.id],
      when: at('2026-04-09'),
      stances: ['stayed-with-compassion'],
      presence: 'present',
    }),
  ];
  const ana = makeRelationship(ports, { name: 'Ana' });
  const sister = makeRelationship(ports, { name: 'My sister' });
  const checkIns = [
    makeCheckIn(ports, { relationshipId: ana.id, at: at('2026-03-12'), seen: 'mostly', afterwards: 2 }),
    makeCheckIn(ports, { relationshipId: ana.id, at: at('2026-05-12'), seen: 'not-at-all', afterwards: -2 }),
    makeCheckIn(ports, { relationshipId: ana.id, at: at('2026-04-02'), seen: 'fully', afterwards: 1 }),
  ];
  return { part, meetings, ana, sister, checkIns, all: [part, ...meetings, ana, sister, ...checkIns] };
}

describe('the pictures on a page for a session', () => {
  const v = smallVault();
  const vault = memoryVault(v.all);
  const page = sessionPage(v.all, vault.get, choice(), '2026-05-01', localDate);

  it('draws the parts and people of the page over its days, with the screens’ summaries', () => {
    expect(page.pictures.map((p) => [p.kind, p.name])).toEqual([
      ['part', 'The tired one'],
      ['relationship', 'Ana'],
    ]);
    const [part, ana] = page.pictures;
    expect(part?.months.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(part?.summary).toContain('You have met this part 2 times, across 2 months.');
    expect(ana?.kind === 'relationship' && ana.months.map((m) => [m.month, m.nourished])).toEqual([
      ['2026-03', 1],
      ['2026-04', 1],
    ]);
    // The six qualities speak of the page's months, not of "lately" counted back from today.
    const seen =
      ana?.kind === 'relationship' ? ana.qualities.qualities.find((q) => q.quality === 'seen') : null;
    expect(seen?.summary).toBe(
      'Between March and April 2026 you mostly felt seen with Ana (2 of 2 times noted).',
    );
  });

  it('adds a part or person chosen by name even when nothing of theirs is in the span', () => {
    const chosen = sessionPage(v.all, vault.get, choice({ ids: [v.sister.id], kinds: [] }), '', localDate);
    expect(chosen.pictures.map((p) => p.name)).toEqual(['My sister']);
    expect(chosen.pictures[0]?.summary).toBe('This relationship’s story begins with your first check-in.');
  });

  it('gives the pictures in the Markdown as words: summary and months, in no words CARE.md rules out', () => {
    const markdown = sessionMarkdown(page);
    expect(markdown).toContain('## Pictures of these days');
    expect(markdown).toContain('### How you related to The tired one');
    expect(markdown).toContain('- March: abandoned 1');
    expect(markdown).toContain('- April: stayed with compassion 1; present 1');
    expect(markdown).toContain('### Time with Ana');
    expect(markdown).toContain('- March: 1 check-in; nourished 1');
    expect(markdown).toContain('**Feeling seen (mirroring)**: Between March and April 2026');
    const own = markdown.split('\n').filter((l) => !l.includes('The tired one') && !l.includes('Ana'));
    for (const pattern of forbiddenInSharedWords) expect(own.filter((l) => pattern.test(l))).toEqual([]);
  });

  it('leaves the pictures out with the items they came from', () => {
    const leftOut = [...v.meetings, ...v.checkIns].map((o) => o.id);
    const none = sessionPage(v.all, vault.get, choice({ leftOut }), '', localDate);
    expect(none.pictures).toEqual([]);
    expect(sessionMarkdown(none)).not.toContain('Pictures of these days');
  });

  it('names the months of a span in plain words', () => {
    expect(monthSpanWords('2025-03', '2025-03')).toBe('in March 2025');
    expect(monthSpanWords('2024-11', '2025-05')).toBe('between November 2024 and May 2025');
  });
});

describe('the list kept to bring to a session', () => {
  function withList(text: string): { objects: VaultObject[]; listed: Connection } {
    const part = makePart(ports, { name: 'The guard' });
    const meeting = makeMeeting(ports, { partIds: [part.id], when: at('2026-03-04') });
    const connection = makeConnection(ports);
    const lookup = memoryVault([part, meeting]).get;
    const shared = shareItem(ports, { connection, source: meeting, mode: 'live', lookup });
    if (!shared.ok) throw new Error('share');
    const list = sessionList(ports, {
      connectionId: connection.id,
      forDate: '2026-03-20',
      entries: [
        { id: idOf(301), sharedItemId: shared.item.id, text: 'Why it came up at work' },
        { id: idOf(302), sharedItemId: null, text },
      ],
    });
    if (!list.ok) throw new Error('list');
    return { objects: [part, meeting, connection, shared.item, list.sessionList], listed: connection };
  }

  it('is on the page and in the Markdown, in its order, with what each point is about', () => {
    const { objects } = withList(`Sleep\n${hostileText}`);
    const page = sessionPage(objects, memoryVault(objects).get, choice(), '', localDate);
    expect(page.lists).toHaveLength(1);
    expect(page.lists[0]?.heading).toBe('For my session with Robin Ash');
    expect(page.lists[0]?.forDate).toBe('For the session on 20 March 2026');
    expect(page.lists[0]?.points.map((p) => p.about)).toEqual(['Meeting with The guard, 4 March 2026', null]);
    const markdown = sessionMarkdown(page);
    expect(markdown).toContain('## What I would like to bring\n\n### For my session with Robin Ash');
    expect(markdown).toContain(
      '1. **Meeting with The guard, 4 March 2026**\n   Why it came up at work\n2. Sleep',
    );
    expect(markdown).toContain('\\<script>');
    expect(markdown).not.toMatch(/(^|[^\\])<script>/);
  });

  it('is left out when the person says so, or when the connection has ended', () => {
    const { objects, listed } = withList('Sleep');
    const lookup = memoryVault(objects).get;
    expect(sessionPage(objects, lookup, choice({ withLists: false }), '', localDate).lists).toEqual([]);
    const ended = endConnection(ports, listed, 'me');
    const after = objects.map((o) => (o.id === listed.id ? ended : o));
    expect(sessionPage(after, memoryVault(after).get, choice(), '', localDate).lists).toEqual([]);
  });
});
