import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { connected, newId, practiceOf, closeServers, freshServer } from './testing/practice-kit.ts';

afterEach(closeServers);
describe('session preparation both ways', () => {
  it('the practitioner marks a point "talked about", the client sees it, and it can be taken back', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId, shareId } = await connected(api);
    const point = { itemId: null, text: 'Sleeping badly since Sunday' };
    await practiceOf(client).saveSessionList(connectionId, {
      entries: [{ id: newId(), sharedItemId: null, text: point.text }],
      forDate: null,
    });
    await practiceOf(client).settle();

    const before = await practiceOf(practitioner).openClient(shareId);
    expect(before.sessionList?.entries).toEqual([point]);
    expect(before.marks).toEqual([]);
    await practiceOf(practitioner).markTalkedAbout(shareId, point);

    const marks = await practiceOf(client).sessionMarks(connectionId);
    expect(marks.map((m) => m.entry)).toEqual([point]);
    // Marks are not reflections: the conversation stays as it was.
    expect(await practiceOf(client).conversation(connectionId)).toEqual([]);

    const after = await practiceOf(practitioner).openClient(shareId);
    expect(after.marks.map((m) => m.entry)).toEqual([point]);
    await practiceOf(practitioner).withdraw(shareId, after.marks[0]?.id ?? '');
    expect(await practiceOf(client).sessionMarks(connectionId)).toEqual([]);
  });
});
