import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import type { ReactNode } from 'react';
import { Link } from '../../router/router.tsx';
import { LineIcon } from '../../ui/LineIcon.tsx';

interface Tile {
  readonly to: string;
  readonly words: MessageDescriptor;
  readonly icon: ReactNode;
}

/** Line icons drawn in the navigation's style: 24-unit box, round strokes, no fill. */
const tiles: readonly Tile[] = [
  {
    to: '/journal/new',
    words: msg`Write in your journal`,
    icon: <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16zM13.5 6.5l4 4" />,
  },
  {
    to: '/pause',
    words: msg`Take a pause`,
    icon: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM10 9v6M14 9v6" />,
  },
  {
    to: '/meet',
    words: msg`Meet a part`,
    icon: <path d="M12 21s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.6-7 10-7 10z" />,
  },
  {
    to: '/people',
    words: msg`Check in after time with someone`,
    icon: (
      <path d="M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M14 15.5c.6-.3 1.3-.5 2-.5 3 0 6 2 6 5" />
    ),
  },
];

/** "How are you, right now?": one tap into what a person most often comes for. */
export function NowTiles() {
  const { i18n } = useLingui();
  return (
    <ul className="now-tiles" aria-label={i18n._(msg`Right now`)}>
      {tiles.map((tile, index) => (
        <li key={tile.to}>
          <Link to={tile.to} className={index === 0 ? 'now-tile now-tile-first' : 'now-tile'}>
            <LineIcon>{tile.icon}</LineIcon>
            <span>{i18n._(tile.words)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
