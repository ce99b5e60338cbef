import type { SharedRecord } from '@tend/contract';
import type { SharedPayload, SuggestionDecision } from '@tend/core';
import { openShared, type ShareKey } from '@tend/crypto';
import type { ClientView, PractitionerNote, SessionMark, SharedItemView } from '../practice-service.ts';

/** A shared record opened with the share key; its author is the server's word, bound into the seal. */
export interface OpenedRecord {
  readonly record: SharedRecord;
  readonly payload: SharedPayload;
}

/** Opens every record of a share; one that does not open (altered, misplaced) is counted, never shown. */
export async function openSharedRecords(
  key: ShareKey,
  shareId: string,
  records: readonly SharedRecord[],
): Promise<{ opened: OpenedRecord[]; refused: number }> {
  const results = await Promise.all(
    records.map(async (record) => {
      const ad = { shareId, recordId: record.id, author: record.author, version: record.version };
      const payload = await openShared(key, ad, record.ciphertext).catch(() => null);
      return payload && { record, payload };
    }),
  );
  const opened = results.filter((r): r is OpenedRecord => r !== null);
  return { opened, refused: records.length - opened.length };
}

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
