import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  deviceVault,
  journalEntry,
  passphrase,
  renderInApp,
  settle,
} from '../../testing/practice-fixtures.tsx';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { createServerApi } from '../../vault/testing/server-api.ts';
import { ServiceError } from '../../vault/vault-service.ts';
import { ClientMaterial, type ClientActions } from './ClientMaterial.tsx';
import { ClientScreen } from './ClientScreen.tsx';
import { clientStatus, isShareGone } from './client-status.ts';
import { PracticeHome } from './PracticeHomeScreen.tsx';

afterEach(closePracticeServers);

const hostile = '<img src=x onerror=alert(1)>';
const actions: ClientActions = {
  reflect: async () => undefined,
  suggest: async () => undefined,
  withdraw: async () => undefined,
  mark: async () => undefined,
};

describe('a client, as the practitioner sees them', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows hostile names and words as text, never as markup', async () => {
    const entry = journalEntry(hostile, `First line\n${hostile}\n<script>alert(2)</script>`);
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    // The name the client chose travels as they typed it.
    await client.practice.renameMe(connectionId, hostile);
    await practitioner.practice.refresh();
    await practitioner.practice.suggestPractice(shareId, {
      practice: hostile,
      note: hostile,
      onItemId: null,
    });
    const notes = await client.practice.conversation(connectionId);
    await client.practice.reply(connectionId, notes[0]?.id ?? '', hostile, 'accepted');
    await settle(client);

    const view = await practitioner.practice.openClient(shareId);
    const html = renderMarkup(<ClientMaterial view={view} actions={actions} />);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('What &lt;img src=x onerror=alert(1)&gt; shared');
    expect(html).toContain('They will try this.');
  });

  it('shows the session list first, then each item with its sections and reflections', async () => {
    const entry = journalEntry('A hard morning', 'I noticed the old pull\nto go quiet.');
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'live');
    await settle(client);
    const [item] = client.list('practice-shared-item');
    await client.practice.saveSessionList(connectionId, {
      entries: [{ id: crypto.randomUUID(), sharedItemId: item?.id ?? null, text: 'Can we talk about this' }],
      forDate: null,
    });
    await settle(client);
    await practitioner.practice.writeReflection(shareId, item?.id ?? null, 'Thank you for sharing this.');

    const view = await practitioner.practice.openClient(shareId);
    const html = renderMarkup(<ClientMaterial view={view} actions={actions} />);
    expect(html.indexOf('would like to bring to session')).toBeLessThan(html.indexOf('What Sam shared'));
    expect(html).toContain('Can we talk about this');
    expect(html).toContain('I noticed the old pull\nto go quiet.');
    expect(html).toContain('Thank you for sharing this.');
    expect(html).toContain('<summary>Write a reflection</summary>');
    expect(html).toContain('Suggest a practice');
  });

  it('lists clients with what is new since the practitioner last looked', async () => {
    const entry = journalEntry('A hard morning', 'Words');
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    await practitioner.practice.refresh();
    const before = renderInApp(practitioner, <PracticeHome snapshot={practitioner.practice.snapshot()} />);
    expect(before).toContain('Sam');
    expect(before).toContain('New since you last looked');
    expect(before).toContain(`href="/practice/clients/${shareId}"`);

    await practitioner.practice.openClient(shareId);
    await practitioner.practice.refresh();
    const after = renderInApp(practitioner, <PracticeHome snapshot={practitioner.practice.snapshot()} />);
    expect(after).not.toContain('New since you last looked');
  });

  it('offers to open a practice to an account that has none, asking the passphrase again', async () => {
    const server = await createServerApi();
    const vault = await deviceVault(server);
    await vault.practice.refresh();
    const html = renderInApp(vault, <PracticeHome snapshot={vault.practice.snapshot()} />);
    expect(html).toContain('Open a practice');
    expect(html).toContain('Your name as clients will see it');
    expect(html).toContain('type="password"');
    await expect(vault.practice.openPractice('wrong', { name: 'Dana', practice: '' })).rejects.toThrow();
    await vault.practice.openPractice(passphrase, { name: 'Dana', practice: '' });
    expect(vault.practice.snapshot().isPractitioner).toBe(true);
    await server.close();
  });
});

describe('an ended connection, on the practitioner side', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice/clients/x', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('says the connection has ended once the client ends it, and shows nothing of what was shared', async () => {
    const entry = journalEntry('A private title', 'Words');
    const { client, practitioner, connectionId, shareId } = await connectedPair([entry]);
    await client.practice.share(connectionId, entry.id, 'snapshot');
    await settle(client);
    expect(renderInApp(practitioner, <ClientScreen id={shareId} />)).not.toContain(
      'This connection has ended.',
    );

    await client.practice.endConnection({ connectionId });
    await practitioner.practice.refresh();
    const html = renderInApp(practitioner, <ClientScreen id={shareId} />);
    expect(html).toContain('This connection has ended.');
    expect(html).not.toContain('A private title');
    expect(html).not.toContain('Sam');
    const refused = await practitioner.practice.openClient(shareId).catch((error: unknown) => error);
    expect(isShareGone(refused)).toBe(true);
    await expect(practitioner.practice.writeReflection(shareId, null, 'x')).rejects.toBeInstanceOf(
      ServiceError,
    );
  });

  it('decides from a reading of the server, not while loading or offline', async () => {
    const { practitioner, shareId } = await connectedPair();
    const ready = practitioner.practice.snapshot();
    expect(clientStatus(ready, shareId, false)).toBe('open');
    expect(clientStatus(ready, 'another', false)).toBe('ended');
    expect(clientStatus({ ...ready, status: 'loading', clients: [] }, shareId, false)).toBe('waiting');
    expect(clientStatus({ ...ready, status: 'offline', clients: [] }, shareId, false)).toBe('waiting');
    expect(clientStatus(ready, shareId, true)).toBe('ended');
  });
});
