import { useCoreWord } from '../../i18n/core-words.ts';
import { readableWords as w, type SessionListPage } from '@tend/core';

/** The lists kept in "Bring to session", in their order, each point with what it is about. */
export function SessionLists({ lists }: { lists: readonly SessionListPage[] }) {
  const word = useCoreWord();
  if (!lists.length) return null;
  return (
    <section className="session-lists" aria-labelledby="session-lists-heading">
      <h3 id="session-lists-heading">{word(w.listsTitle)}</h3>
      {lists.map((list) => (
        <div key={list.id} className="session-list-page">
          <h4>{list.heading}</h4>
          {list.forDate ? <p className="session-when">{list.forDate}</p> : null}
          <ol>
            {list.points.map((point, index) => (
              <li key={index}>
                {point.about ? <p className="point-about">{point.about}</p> : null}
                {point.text.trim() ? <p className="point-text">{point.text}</p> : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
