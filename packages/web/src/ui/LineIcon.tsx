import type { ReactNode } from 'react';

/**
 * A small line picture in Tend's one icon style (a 24-unit box, drawn by the stylesheet's stroke),
 * always beside words that say the same, so it is hidden from screen readers.
 */
export function LineIcon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
