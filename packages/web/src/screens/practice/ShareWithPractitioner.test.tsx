import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  deviceVault,
  journalEntry,
  practiceWithInvitation,
  renderInApp,
  settle,
} from '../../testing/practice-fixtures.tsx';
import type { VaultService } from '../../vault/vault-service.ts';
import { ShareWithPractitioner } from './ShareWithPractitioner.tsx';

afterEach(closePracticeServers);

const entry = journalEntry('A hard morning', 'I noticed the old pull to go quiet.');

const render = (vault: VaultService, isCompact = false) =>
  renderInApp(vault, <ShareWithPractitioner objectId={entry.id} what="this entry" isCompact={isCompact} />);

describe('ShareWithPractitioner', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/journal/x', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows nothing without an account or without a connection', async () => {
    expect(render(await deviceVault(null, [entry]))).toBe('');
    const { client } = await practiceWithInvitation([entry]);
    await client.practice.refresh();
    expect(render(client)).toBe('');
  });

  it('offers to share as it is now or kept updated', async () => {
    const { client } = await connectedPair([entry]);
    const html = render(client);
    expect(html).toContain('Share with my practitioner');
    expect(html).toContain('Dana Reyes will see this entry and nothing else');
    expect(html).toContain('>As it is now</button>');
    expect(html).toContain('>Keep it updated when I edit</button>');
    expect(html).not.toContain('Stop sharing');
  });

  it('says who it is shared with and how, then stops sharing when asked', async () => {
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);

    const shared = render(client);
    expect(shared).toContain('Shared with Dana Reyes');
    expect(shared).toContain('(as it was then)');
    expect(shared).toContain('>Stop sharing</button>');
    expect(shared).not.toContain('As it is now');
    const seen = await practitioner.practice.openClient(shareId);
    expect(seen.items.map((i) => i.document.title)).toEqual(['A hard morning']);

    const [item] = client.list('practice-shared-item');
    if (!item) throw new Error('no shared item');
    await client.practice.unshare(item.id);
    const unshared = render(client);
    expect(unshared).toContain('>As it is now</button>');
    expect(unshared).not.toContain('Shared with');
    expect((await practitioner.practice.openClient(shareId)).items).toEqual([]);
  });

  it('says when an item is kept updated', async () => {
    const { client, connectionId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'live');
    await settle(client);
    expect(render(client)).toContain('(kept updated)');
  });

  it('folds away in a list until opened', async () => {
    const { client } = await connectedPair([entry]);
    const html = render(client, true);
    expect(html).toContain('<details');
    expect(html).toContain('<summary>Share with Dana Reyes</summary>');
    expect(html).not.toContain('<h2');
  });

  it('shows nothing once the connection has ended', async () => {
    const { client, connectionId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await client.practice.endConnection({ connectionId });
    expect(render(client)).toBe('');
  });
});
