import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { ReactNode } from 'react';

/** One page of the first-run tour: a small drawing, a heading and a few plain sentences. */
export interface TourStep {
  readonly key: string;
  readonly heading: MessageDescriptor;
  readonly body: readonly MessageDescriptor[];
  readonly drawing: ReactNode;
}

/**
 * What a newcomer needs before anything else: what parts are, where Pause is when something hits, and
 * who can read what they write. Short, so it is read rather than skipped.
 */
export const tourSteps: readonly TourStep[] = [
  {
    key: 'parts',
    heading: msg`Parts of you`,
    body: [
      msg`Often one part of you wants one thing and another part wants something else: one that worries, one that keeps going, one that hides.`,
      msg`Tend helps you get to know them one at a time, with curiosity rather than a fight. You can give a part a name, sit with it, and see its story over time.`,
    ],
    drawing: (
      <>
        <path className="ground" d="M14 56h68" />
        <circle className="soft" cx="38" cy="34" r="12" />
        <circle cx="56" cy="30" r="9" />
        <circle cx="60" cy="46" r="6" />
      </>
    ),
  },
  {
    key: 'pause',
    heading: msg`Pause, when something hits hard`,
    body: [
      msg`When a moment catches you (a message, a memory, a tone of voice), Pause walks you through a few slow breaths and one question: what do I need right now?`,
      msg`Pause is at the top of every screen, and it works while Tend is locked too.`,
    ],
    drawing: (
      <>
        <path className="ground" d="M14 56h68" />
        <circle className="soft" cx="48" cy="32" r="14" />
        <path d="M22 32c4-4 8-4 12 0M62 32c4-4 8-4 12 0" />
      </>
    ),
  },
  {
    key: 'privacy',
    heading: msg`Only you can read it`,
    body: [
      msg`What you write is locked with your passphrase on this device before it goes anywhere. If you sync, the server keeps only sealed copies it cannot open.`,
      msg`You choose what, if anything, to share with a therapist or practitioner. Support now, at the top of every screen, has crisis lines and your safety plan.`,
    ],
    drawing: (
      <>
        <path className="ground" d="M14 56h68" />
        <rect className="soft" x="34" y="30" width="28" height="22" rx="4" />
        <path d="M40 30v-6a8 8 0 0 1 16 0v6M48 39v5" />
      </>
    ),
  },
];
