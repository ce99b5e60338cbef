import type { ReactNode } from 'react';

/** Small calm drawings in one line style: a ground line, round strokes, one soft accent. */
const drawings = {
  /** A sprout: something can begin here, whenever. */
  sprout: (
    <>
      <path className="ground" d="M14 56h68" />
      <path d="M48 56V34" />
      <path
        className="soft"
        d="M48 38c-10 0-16-6-16-14 10 0 16 6 16 14zM48 34c0-9 6-15 15-15 0 9-6 15-15 15z"
      />
    </>
  ),
  /** An open notebook. */
  page: (
    <>
      <path className="ground" d="M14 56h68" />
      <path className="soft" d="M48 22c-6-4-14-5-22-4v32c8-1 16 0 22 4 6-4 14-5 22-4V18c-8-1-16 0-22 4z" />
      <path d="M48 22v32M32 28h9M32 34h9M55 28h9" />
    </>
  ),
  /** Three stones, resting. */
  stones: (
    <>
      <path className="ground" d="M14 56h68" />
      <path className="soft" d="M30 56c0-7 5-11 11-11s11 4 11 11z" />
      <path d="M52 56c0-9 6-14 13-14s12 5 12 14zM22 56c0-4 3-7 7-7" />
    </>
  ),
  /** Circles side by side: people, near and far. */
  people: (
    <>
      <path className="ground" d="M14 56h68" />
      <circle className="soft" cx="38" cy="30" r="7" />
      <path className="soft" d="M26 56c0-8 5-13 12-13s12 5 12 13" />
      <circle cx="62" cy="34" r="5" />
      <path d="M53 56c0-6 4-10 9-10s9 4 9 10" />
    </>
  ),
} as const;

export type Drawing = keyof typeof drawings;

/** What a list says while it is empty: a small drawing above the words, never a task or a nudge. */
export function EmptyState({ drawing = 'sprout', children }: { drawing?: Drawing; children: ReactNode }) {
  return (
    <div className="empty-state">
      <svg viewBox="0 0 96 64" aria-hidden="true" focusable="false">
        {drawings[drawing]}
      </svg>
      <p className="empty">{children}</p>
    </div>
  );
}
