import { msg } from '@lingui/core/macro';

/*
 * The frame's words: what index.html's frame says before the app is here (the skip link, the brand's
 * name for screen readers, Support now, "One moment…"), the same messages the app renders in its frame
 * (`Opening` in App.tsx). The head script (head.ts) writes them in the chosen language; the build takes
 * each language's words from its catalogues (frame-words-table.ts).
 */

/** The frame's messages, in the order of `FrameWords`. */
export const frameMessages = [msg`Skip to content`, msg`Tend, home`, msg`Support now`, msg`One moment…`];

/** The frame's words in one language: skip link, brand, Support now, "One moment…". */
export type FrameWords = readonly [skipLink: string, brand: string, support: string, loading: string];
