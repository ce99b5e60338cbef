import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';

/**
 * "What does this mean?" beside a word of parts work: closed until asked, so the form stays short for
 * those who know the words, and open with one tap or key for those who do not. A native disclosure, so
 * keyboards and screen readers know it already.
 */
export function Meaning({ children, question }: { children: ReactNode; question?: string }) {
  return (
    <details className="meaning">
      <summary>{question ?? <Trans>What does this mean?</Trans>}</summary>
      <div className="meaning-words">{children}</div>
    </details>
  );
}
