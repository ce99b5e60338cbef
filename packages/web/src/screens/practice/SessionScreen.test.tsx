import { practiceLimits } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticingProvider } from '../../noticing/noticing-provider.tsx';
import {
  closePracticeServers,
  connectedPair,
  journalEntry,
  renderInApp,
  settle,
} from '../../testing/practice-fixtures.tsx';
import {
  addEntry,
  editEntryText,
  emptySessionDraft,
  moveEntry,
  removeEntry,
  sessionDraftProblem,
  sessionListToSave,
} from './session-list-edit.ts';
import { SessionEntries } from './SessionEntries.tsx';
import { SessionScreen } from './SessionScreen.tsx';

afterEach(closePracticeServers);

const entry = (id: string, text: string, sharedItemId: string | null = null) => ({ id, sharedItemId, text });

describe('editing the session list', () => {
  it('adds, edits, moves and removes entries', () => {
    let draft = addEntry(emptySessionDraft, entry('a', '  The call with my sister  '));
    draft = addEntry(draft, entry('b', '', 'item-1'));
    draft = addEntry(draft, entry('c', 'Sleep'));
    expect(draft.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(draft.entries[0]?.text).toBe('The call with my sister');

    draft = moveEntry(draft, 'c', -1);
    expect(draft.entries.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(draft, 'a', -1)).toBe(draft);
    expect(moveEntry(draft, 'b', 1)).toBe(draft);

    draft = editEntryText(draft, 'b', 'Why this one matters');
    draft = removeEntry(draft, 'a');
    expect(draft.entries).toEqual([entry('c', 'Sleep'), entry('b', 'Why this one matters', 'item-1')]);
  });

  it('leaves an empty entry out, and stops at the limit', () => {
    expect(addEntry(emptySessionDraft, entry('a', '   '))).toBe(emptySessionDraft);
    const full = {
      forDate: '',
      entries: Array.from({ length: practiceLimits.sessionEntries }, (_, i) => entry(`e${i}`, 'x')),
    };
    expect(addEntry(full, entry('one-more', 'y'))).toBe(full);
  });

  it('saves trimmed words, drops entries emptied by editing, and keeps no date when none is given', () => {
    const draft = { forDate: '', entries: [entry('a', ' Words '), entry('b', ''), entry('c', '', 'item-1')] };
    expect(sessionListToSave(draft)).toEqual({
      entries: [entry('a', 'Words'), entry('c', '', 'item-1')],
      forDate: null,
    });
    expect(sessionListToSave({ ...draft, forDate: '2026-04-02' }).forDate).toBe('2026-04-02');
    expect(sessionDraftProblem({ ...draft, forDate: '2026-13-40' })).not.toBeNull();
    expect(sessionDraftProblem(draft)).toBeNull();
  });

  it('shows each entry with its shared item, its words, and a way to move or remove it', () => {
    const draft = { forDate: '', entries: [entry('a', 'Own words'), entry('b', 'About it', 'item-1')] };
    const html = renderMarkup(
      <NoticingProvider isGentleOn>
        <SessionEntries draft={draft} titleOf={() => 'A hard morning'} onChange={() => undefined} />
      </NoticingProvider>,
    );
    expect(html).toContain('Own words');
    expect(html).toContain('<p class="entry-title">A hard morning</p>');
    expect(html).toContain('aria-label="Remove “Point 1”"');
    expect(html).toContain('aria-label="Move up “A hard morning”"');
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });
});

describe('Bring to session', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practitioner/session', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('saves the list to the vault and the practitioner sees it', async () => {
    const shared = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId } = await connectedPair([shared]);
    await client.practice.share(connectionId, shared.id, 'live');
    await settle(client);
    const [item] = client.list('practice-shared-item');
    if (!item) throw new Error('no shared item');

    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const draft = addEntry(addEntry(emptySessionDraft, entry(a, 'Sleep')), entry(b, 'This one', item.id));
    await client.practice.saveSessionList(
      connectionId,
      sessionListToSave({ ...draft, forDate: '2026-04-02' }),
    );
    await settle(client);
    expect(client.list('practice-session-list')).toHaveLength(1);

    const html = renderInApp(client, <SessionScreen />);
    expect(html).toContain('Sleep');
    expect(html).toContain('A hard morning');
    expect(html).toContain('value="2026-04-02"');
    expect(html).toContain('>Save</button>');

    const view = await practitioner.practice.openClient(shareId);
    expect(view.sessionList).toMatchObject({
      entries: [
        { itemId: null, text: 'Sleep' },
        { itemId: item.id, text: 'This one' },
      ],
      forDate: '2026-04-02',
    });
  });

  it('says so plainly when there is no connection', async () => {
    const { client } = await connectedPair();
    await client.practice.endConnection({
      connectionId: client.practice.snapshot().connections[0]?.id ?? '',
    });
    const html = renderInApp(client, <SessionScreen />);
    expect(html).toContain('You are not connected with a practitioner right now');
  });
});
