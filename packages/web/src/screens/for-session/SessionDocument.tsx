import { useCoreWord } from '../../i18n/core-words.ts';
import { readableWords, type ReadableDocument, type SessionPage } from '@tend/core';
import { formatWhen } from '../../ui/dates.ts';
import { SessionLists } from './SessionLists.tsx';
import { SessionPictures } from './SessionPictures.tsx';

function DocumentItem({ doc }: { doc: ReadableDocument }) {
  return (
    <article className="session-item" aria-labelledby={`doc-${doc.id}`}>
      <h3 id={`doc-${doc.id}`}>{doc.title}</h3>
      {doc.when !== null ? <p className="session-when">{formatWhen(doc.when, 'day')}</p> : null}
      <dl>
        {doc.sections.map((section, index) => (
          <div key={index}>
            <dt>{section.label}</dt>
            <dd>{section.text}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

/**
 * The page as it prints: a header that repeats on every printed page (span and "Private"), the
 * list kept for the session, the pictures with their words, then each item in the screens' words. Everything is text; nothing the person wrote is read as markup.
 */
export function SessionDocument({ page }: { page: SessionPage }) {
  const word = useCoreWord();
  return (
    <section className="session-document" aria-labelledby="session-document-heading">
      {/* A table only so that printing repeats the header at the top of every sheet, in its own room. */}
      <table className="session-frame" role="presentation">
        <thead aria-hidden="true">
          <tr>
            <td>
              <div className="session-print-header">
                <span>{word(readableWords.private)}</span>
                <span>
                  {page.title} · {page.spanText}
                </span>
              </div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h2 id="session-document-heading">{page.title}</h2>
              <p className="session-span">
                {word(readableWords.private)} · {page.spanText}
              </p>
              <p className="quiet">{page.madeOn}</p>
              <SessionLists lists={page.lists} />
              <SessionPictures pictures={page.pictures} />
              {page.documents.length ? (
                page.documents.map((doc) => <DocumentItem key={doc.id} doc={doc} />)
              ) : page.lists.length ? null : (
                <p>{word(readableWords.nothingChosen)}</p>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
