import type { SuggestionDecision } from '@tend/core';
import type { ShareKey } from '@tend/crypto';
import {
  createShareSealer,
  openSharedRecords as openWith,
  type OpenedRecord,
  type SealedSharedRecord,
} from '@tend/sync';
import type { ClientView, PractitionerNote, SessionMark, SharedItemView } from '../practice-service.ts';

/** Opens every record of a share with its key; one that does not open is counted, never shown. */
export const openSharedRecords = (key: ShareKey, shareId: string, records: readonly SealedSharedRecord[]) =>
  openWith(createShareSealer(key), shareId, records);

type Reply = { readonly text: string; readonly decision: SuggestionDecision | null };

/** The practitioner's reflections and suggestions, newest first, each with the client's reply. */
export function notesOf(
  opened: readonly OpenedRecord[],
  replies: ReadonlyMap<string, Reply>,
): PractitionerNote[] {
  const notes = opened.flatMap(({ record, payload }): PractitionerNote[] => {
    const reply = replies.get(record.id) ?? null;
    if (payload.type === 'reflection') {
      const { onItemId, text, writtenAt } = payload;
      return [{ id: record.id, type: 'reflection', text, note: '', onItemId, writtenAt, reply }];
    }
    if (payload.type === 'suggestion') {
      const { onItemId, practice, note, writtenAt } = payload;
      return [{ id: record.id, type: 'suggestion', text: practice, note, onItemId, writtenAt, reply }];
    }
    return [];
  });
  return notes.sort((a, b) => b.writtenAt - a.writtenAt);
}

/** The client's replies as the share holds them, the latest per note. */
function sharedReplies(opened: readonly OpenedRecord[]): Map<string, Reply> {
  const replies = new Map<string, Reply & { updatedAt: number }>();
  for (const { payload } of opened) {
    if (payload.type !== 'reply') continue;
    const held = replies.get(payload.toId);
    if (held && held.updatedAt > payload.updatedAt) continue;
    replies.set(payload.toId, {
      text: payload.text,
      decision: payload.decision,
      updatedAt: payload.updatedAt,
    });
  }
  return new Map([...replies].map(([toId, { text, decision }]) => [toId, { text, decision }]));
}

/** The practitioner's "talked about" marks among the records of a share, the newest first. */
export function marksOf(opened: readonly OpenedRecord[]): SessionMark[] {
  const marks = opened.flatMap(({ record, payload }): SessionMark[] =>
    payload.type === 'session-mark' && record.author === 'practitioner'
      ? [{ id: record.id, entry: payload.entry, markedAt: payload.markedAt }]
      : [],
  );
  return marks.sort((a, b) => b.markedAt - a.markedAt);
}

/** What the practitioner sees of one client: items newest first, the latest session list, the notes. */
export function clientViewOf(
  shareId: string,
  name: string,
  opened: readonly OpenedRecord[],
  refused: number,
): ClientView {
  const items: SharedItemView[] = [];
  let sessionList: ClientView['sessionList'] = null;
  for (const { record, payload } of opened) {
    if (payload.type === 'item') {
      const { document, mode, sharedAt, updatedAt } = payload;
      items.push({ id: record.id, document, mode, sharedAt, updatedAt });
    }
    if (payload.type === 'session-list' && (!sessionList || payload.updatedAt >= sessionList.updatedAt)) {
      sessionList = { entries: payload.entries, forDate: payload.forDate, updatedAt: payload.updatedAt };
    }
  }
  items.sort((a, b) => b.updatedAt - a.updatedAt);
  const notes = notesOf(opened, sharedReplies(opened));
  return { shareId, name, items, sessionList, notes, marks: marksOf(opened), refused };
}
