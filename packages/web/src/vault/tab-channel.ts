/** Notes between tabs of this app on one device, so each shows what another wrote. */
export type TabNote =
  { readonly type: 'changed'; readonly ids: readonly string[] } | { readonly type: 'reset' };

export interface TabChannel {
  post(note: TabNote): void;
  close(): void;
}

function isTabNote(value: unknown): value is TabNote {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as { type?: unknown; ids?: unknown };
  if (note.type === 'reset') return true;
  return note.type === 'changed' && Array.isArray(note.ids) && note.ids.every((id) => typeof id === 'string');
}

/** A BroadcastChannel when the platform has one; otherwise notes simply go nowhere. */
export function openTabChannel(name: string, onNote: (note: TabNote) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTabNote(event.data)) onNote(event.data);
  };
  return {
    post: (note) => channel.postMessage(note),
    close: () => channel.close(),
  };
}
