import type { ReactNode } from 'react';
import './card-list.css';

/**
 * A list of calm cards, each item one link styled with `cardLinkClass` (the whole card answers a tap,
 * and its name is what it shows). The screen lays the list out: one column, two, or a grid of tiles.
 */
export function CardList({
  className,
  label,
  children,
}: {
  readonly className?: string;
  /** Names the list for screen readers when nothing visible does. */
  readonly label?: string;
  readonly children: ReactNode;
}) {
  return (
    <ul className={className ? `card-list ${className}` : 'card-list'} aria-label={label}>
      {children}
    </ul>
  );
}

/** The class of the link that is a card in a `CardList`. */
export const cardLinkClass = 'card-link';
