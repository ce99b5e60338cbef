import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  renderInApp,
  settle,
} from '../../testing/practice-fixtures.tsx';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { SessionEntries } from '../practice/SessionEntries.tsx';
import { ClientMaterial, type ClientActions } from './ClientMaterial.tsx';

afterEach(closePracticeServers);

const actions: ClientActions = {
  reflect: async () => undefined,
  suggest: async () => undefined,
  withdraw: async () => undefined,
  mark: async () => undefined,
};

describe('"talked about", both ways', () => {
  it('lets the practitioner mark a point and take the mark back, and says the client sees it', async () => {
    const { client, practitioner, connectionId, shareId } = await connectedPair();
    const points = ['Sleeping badly since Sunday', 'The weekend with my sister'];
    await client.practice.saveSessionList(connectionId, {
      entries: points.map((text) => ({ id: crypto.randomUUID(), sharedItemId: null, text })),
      forDate: null,
    });
    await settle(client);
    await practitioner.practice.markTalkedAbout(shareId, { itemId: null, text: points[0] ?? '' });
    const view = await practitioner.practice.openClient(shareId);
    const html = renderMarkup(<ClientMaterial view={view} actions={actions} />);
    expect(html).toContain('Sam sees what you mark as talked about.');
    expect(html.match(/>Not talked about yet</g)).toHaveLength(1);
    expect(html.match(/>Mark as talked about</g)).toHaveLength(1);
    expect(html).toContain('Talked about · ');

    const marks = await client.practice.sessionMarks(connectionId);
    expect(marks.map((m) => m.entry.text)).toEqual([points[0]]);
  });

  it('shows the client the practitioner’s mark on their own list', async () => {
    vi.stubGlobal('window', { location: { pathname: '/practitioner/session', hash: '' } });
    const { client } = await connectedPair();
    const entries = [
      { id: crypto.randomUUID(), sharedItemId: null, text: 'Sleeping badly since Sunday' },
      { id: crypto.randomUUID(), sharedItemId: null, text: 'The weekend with my sister' },
    ];
    const html = renderInApp(
      client,
      <SessionEntries
        draft={{ entries, forDate: '' }}
        titleOf={() => ''}
        onChange={() => undefined}
        markOf={(e) => (e.text.startsWith('Sleeping') ? 'Robin marked this as talked about.' : null)}
      />,
    );
    expect(html.match(/Robin marked this as talked about\./g)).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
