import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { Link } from '../../router/router.tsx';
import './settings-index.css';
import { CardList, cardLinkClass } from '../../ui/CardList.tsx';
import { LineIcon } from '../../ui/LineIcon.tsx';

export interface SettingsCard {
  readonly key: string;
  readonly path: string;
  readonly title: MessageDescriptor;
  /** One line: what is behind the link, in the words a person would look for. */
  readonly description: MessageDescriptor;
  /** The icon's drawing, in the main navigation's line style (24 × 24, stroked). */
  readonly iconPath: string;
}

/**
 * Calm cards, each one link to a page with a line on what it holds. The whole card answers a tap, and
 * its name is what it shows: the title first, then the line.
 */
export function SettingsCards({ cards }: { cards: readonly SettingsCard[] }) {
  const { i18n } = useLingui();
  return (
    <CardList className="settings-index">
      {cards.map((card) => (
        <li key={card.key}>
          <Link to={card.path} className={`${cardLinkClass} settings-card`}>
            <LineIcon className="settings-card-icon">
              <path d={card.iconPath} />
            </LineIcon>
            <span className="settings-card-words">
              <span className="settings-card-title">{i18n._(card.title)}</span>{' '}
              <span className="settings-card-about">{i18n._(card.description)}</span>
            </span>
            <LineIcon className="settings-card-go">
              <path d="M9 5l7 7-7 7" />
            </LineIcon>
          </Link>
        </li>
      ))}
    </CardList>
  );
}
