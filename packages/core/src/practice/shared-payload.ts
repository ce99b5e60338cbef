import type { ShareMode, SharedDocument, SuggestionDecision } from './practice.ts';

/**
 * What one shared record holds once opened with the share key. The server never sees the type.
 * Client-written: item, session-list, reply. Practitioner-written: reflection, suggestion, session-mark.
 */
export type SharedPayload =
  | {
      readonly type: 'item';
      readonly document: SharedDocument;
      readonly mode: ShareMode;
      readonly sharedAt: number;
      readonly updatedAt: number;
    }
  | {
      readonly type: 'session-list';
      readonly entries: readonly { readonly itemId: string | null; readonly text: string }[];
      readonly forDate: string | null;
      readonly updatedAt: number;
    }
  | {
      readonly type: 'reply';
      readonly toId: string;
      readonly text: string;
      readonly decision: SuggestionDecision | null;
      readonly updatedAt: number;
    }
  | {
      readonly type: 'reflection';
      /** The shared item it is about, or null for a reflection on the whole. */
      readonly onItemId: string | null;
      readonly text: string;
      readonly writtenAt: number;
    }
  | {
      readonly type: 'suggestion';
      readonly practice: string;
      readonly note: string;
      readonly onItemId: string | null;
      readonly writtenAt: number;
    }
  | {
      /**
       * The practitioner marks one point of the session list "talked about". The point is named by what
       * it holds (the item and the words), so a point the client rewrites is a new point, unmarked.
       */
      readonly type: 'session-mark';
      readonly entry: SessionPoint;
      readonly markedAt: number;
    };

/** One point of a session list as the share holds it. */
export type SessionPoint = { readonly itemId: string | null; readonly text: string };

/** Whether a mark is for this point of the list. */
export const isSamePoint = (a: SessionPoint, b: SessionPoint): boolean =>
  a.itemId === b.itemId && a.text === b.text;

export type SharedPayloadType = SharedPayload['type'];

/** Which side may write each type; a payload from the wrong side is refused when opened. */
export const payloadAuthor: Readonly<Record<SharedPayloadType, 'client' | 'practitioner'>> = {
  item: 'client',
  'session-list': 'client',
  reply: 'client',
  reflection: 'practitioner',
  suggestion: 'practitioner',
  'session-mark': 'practitioner',
};
