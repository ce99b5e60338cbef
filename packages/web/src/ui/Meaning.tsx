import type { ReactNode } from 'react';

/**
 * "What does this mean?" beside a word of parts work: closed until asked, so the form stays short for
 * those who know the words, and open with one tap or key for those who do not. A native disclosure, so
 * keyboards and screen readers know it already.
 */
export function Meaning({
  children,
  question = 'What does this mean?',
}: {
  children: ReactNode;
  question?: string;
}) {
  return (
    <details className="meaning">
      <summary>{question}</summary>
      <div className="meaning-words">{children}</div>
    </details>
  );
}
