import type { ReactElement } from 'react';

/**
 * Someone's own words (a name, a title, a code) set inside a `<Trans>`, given as an element: Lingui
 * reads tags such as `<b>…</b>` in a message's string values and would drop what is inside them, so a
 * name written with angle brackets would not show as it was written.
 */
export function ownWords(words: string): ReactElement {
  return <>{words}</>;
}
