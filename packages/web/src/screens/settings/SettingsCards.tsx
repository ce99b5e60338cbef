import { Link } from '../../router/router.tsx';
import './settings-index.css';

export interface SettingsCard {
  readonly key: string;
  readonly path: string;
  readonly title: string;
  /** One line: what is behind the link, in the words a person would look for. */
  readonly description: string;
  /** The icon's drawing, in the main navigation's line style (24 × 24, stroked). */
  readonly icon: string;
}

/**
 * Calm cards, each a link to a page with a line on what it holds: the whole card answers a tap, while
 * the link's name stays its title and the line is read as its description.
 */
export function SettingsCards({ cards }: { cards: readonly SettingsCard[] }) {
  return (
    <ul className="settings-index">
      {cards.map((card) => (
        <li key={card.key} className="settings-card">
          <svg className="settings-card-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={card.icon} />
          </svg>
          <div className="settings-card-words">
            <h2>
              <Link to={card.path} aria-describedby={`settings-card-${card.key}`}>
                {card.title}
              </Link>
            </h2>
            <p id={`settings-card-${card.key}`}>{card.description}</p>
          </div>
          <svg className="settings-card-go" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 5l7 7-7 7" />
          </svg>
        </li>
      ))}
    </ul>
  );
}
