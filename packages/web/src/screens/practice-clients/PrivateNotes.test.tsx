import { privateNoteKind, writePrivateNote } from '@tend/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  journalEntry,
  renderInApp,
  testPorts,
  settle,
} from '../../testing/practice-fixtures.tsx';
import { ClientScreen } from './ClientScreen.tsx';
import { pastClientsOf } from './PastClients.tsx';
import { PracticeHome } from './PracticeHomeScreen.tsx';

afterEach(closePracticeServers);

const words = 'Anniversary of the loss next week; go gently.';

function note(shareId: string, clientName: string, text = words) {
  const result = writePrivateNote(testPorts, { shareId, clientName, text });
  if (!result.ok) throw new Error(result.problems.join());
  return result.note;
}

describe('a practitioner’s private notes about a client', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice/clients/x', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('are kept in the practitioner’s own vault and never reach the share or the client', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId, server } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await practitioner.save(note(shareId, 'Sam'));

    const html = renderInApp(practitioner, <ClientScreen id={shareId} />);
    expect(html).toContain('Your private notes');
    expect(html).toContain('cannot see them');
    expect(html).toContain(words);
    expect(html).toContain('>Change</button>');
    expect(html).toContain('>Delete this note</button>');
    expect(practitioner.list(privateNoteKind)).toHaveLength(1);
    expect(client.list(privateNoteKind)).toEqual([]);
    // Nothing of it reaches the share, in the open or sealed: not in what was sent, not in what either side reads.
    expect(server.seen.map((r) => r.body).join('\n')).not.toContain('Anniversary');
    expect(JSON.stringify(await practitioner.practice.openClient(shareId))).not.toContain('Anniversary');
    expect(JSON.stringify(await client.practice.conversation(connectionId))).not.toContain('Anniversary');
    await client.practice.refresh();
    expect(JSON.stringify(await client.practice.conversation(connectionId))).not.toContain('Anniversary');
  });

  it('stay with the practitioner, named, once the client ends the connection', async () => {
    const { client, practitioner, connectionId, shareId } = await connectedPair();
    await practitioner.save(note(shareId, 'Sam'));
    await client.practice.endConnection({ connectionId });
    await practitioner.practice.refresh();

    const page = renderInApp(practitioner, <ClientScreen id={shareId} />);
    expect(page).toContain('This connection has ended.');
    expect(page).toContain(words);
    expect(page).toContain('Sam cannot see them');

    const home = renderInApp(practitioner, <PracticeHome snapshot={practitioner.practice.snapshot()} />);
    expect(home).toContain('Ended connections');
    expect(home).toContain(`href="/practice/clients/${shareId}"`);
    expect(home).toContain('Your private note about Sam');
  });

  it('name a past client by the latest name they went by, and leave current clients out', () => {
    const [ended, open] = [crypto.randomUUID(), crypto.randomUUID()];
    const older = note(ended, 'Sam');
    const newer = { ...note(ended, 'Samantha'), createdAt: older.createdAt + 1 };
    const current = note(open, 'Alex');
    const clients = [{ shareId: open, name: 'Alex', connectedAt: 0, hasNew: false }];
    expect(pastClientsOf([newer, older, current], [], clients)).toEqual([
      { shareId: ended, name: 'Samantha', notes: 2, notice: null },
    ]);
  });
});
