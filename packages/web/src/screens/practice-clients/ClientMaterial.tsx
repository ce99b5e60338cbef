import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { isSamePoint, type SessionPoint } from '@tend/core';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { ClientView, SessionMark, SharedItemView } from '../../vault/practice-service.ts';
import { practiceErrorWords } from '../practice/practice-words.ts';
import { formatDay } from '../../ui/dates.ts';
import { dayWords, momentWords } from '../practice/shared-titles.ts';
import { NotesOf, ReflectionForm, SuggestForm, type ClientActions } from './ClientNotes.tsx';

export type { ClientActions };

function SharedItemCard({
  item,
  view,
  actions,
}: {
  item: SharedItemView;
  view: ClientView;
  actions: ClientActions;
}) {
  const { t } = useLingui();
  const { document } = item;
  const notes = view.notes.filter((n) => n.onItemId === item.id);
  const updated = momentWords(item.updatedAt);
  const shared = momentWords(item.sharedAt);
  return (
    <li>
      <article className="shared-item">
        <h3>{document.title}</h3>
        <p className="line-meta">
          {document.when !== null ? `${dayWords(document.when)} · ` : ''}
          {item.mode === 'live' ? t`kept updated, last changed ${updated}` : t`shared ${shared}`}
        </p>
        {document.sections.length ? (
          <dl className="shared-sections">
            {document.sections.map((section, index) => (
              <div key={index}>
                <dt>{section.label}</dt>
                <dd>{section.text}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <NotesOf notes={notes} clientName={view.name} actions={actions} />
        <ReflectionForm onItemId={item.id} onReflect={actions.reflect} />
      </article>
    </li>
  );
}

/** One point the client would like to bring, with the practitioner's "talked about" mark. */
function SessionPointView({
  entry,
  title,
  mark,
  actions,
}: {
  entry: SessionPoint;
  title: string | null;
  mark: SessionMark | null;
  actions: ClientActions;
}) {
  const { t } = useLingui();
  const action = useAction(practiceErrorWords);
  const markedAt = mark ? momentWords(mark.markedAt) : '';
  return (
    <li className={mark ? 'talked-about' : undefined}>
      {title ? (
        <p className="entry-title">{title}</p>
      ) : entry.itemId ? (
        <p className="quiet">
          <Trans>Something no longer shared</Trans>
        </p>
      ) : null}
      {entry.text ? <p className="note-text">{entry.text}</p> : null}
      {mark ? (
        <p className="line-meta">
          <Trans>Talked about · {markedAt}</Trans>
        </p>
      ) : null}
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button
          type="button"
          aria-disabled={action.busy}
          onClick={() => void action.run(() => (mark ? actions.withdraw(mark.id) : actions.mark(entry)))}
        >
          {mark ? t`Not talked about yet` : t`Mark as talked about`}
        </button>
      </div>
    </li>
  );
}

function SessionListView({ view, actions }: { view: ClientView; actions: ClientActions }) {
  const list = view.sessionList;
  const name = view.name;
  const forDay = list?.forDate ? formatDay(list.forDate) : null;
  const titleOf = (itemId: string | null) =>
    itemId ? (view.items.find((i) => i.id === itemId)?.document.title ?? null) : null;
  return (
    <section aria-labelledby="session-heading">
      <h2 id="session-heading">
        <Trans>What {name} would like to bring to session</Trans>
      </h2>
      {list?.entries.length ? (
        <>
          {forDay ? (
            <p className="quiet">
              <Trans>For the session on {forDay}</Trans>
            </p>
          ) : null}
          <p className="quiet">
            <Trans>{name} sees what you mark as talked about.</Trans>
          </p>
          <ol className="session-view">
            {list.entries.map((entry, index) => (
              <SessionPointView
                key={index}
                entry={entry}
                title={titleOf(entry.itemId)}
                mark={view.marks.find((m) => isSamePoint(m.entry, entry)) ?? null}
                actions={actions}
              />
            ))}
          </ol>
        </>
      ) : (
        <p className="empty">
          <Trans>Nothing on their list for the next session.</Trans>
        </p>
      )}
    </section>
  );
}

/** Everything a client shared, as plain text: the session list first, then each item newest first. */
export function ClientMaterial({ view, actions }: { view: ClientView; actions: ClientActions }) {
  const itemIds = new Set(view.items.map((i) => i.id));
  const general = view.notes.filter((n) => n.onItemId === null || !itemIds.has(n.onItemId));
  const name = view.name;
  const refused = view.refused;
  return (
    <>
      <SessionListView view={view} actions={actions} />
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">
          <Trans>What {name} shared</Trans>
        </h2>
        {refused ? (
          <p className="plain-note">
            <Plural
              value={refused}
              one="One shared record could not be opened on this device and is not shown."
              other="# shared records could not be opened on this device and are not shown."
            />
          </p>
        ) : null}
        {view.items.length ? (
          <ol className="shared-items">
            {view.items.map((item) => (
              <SharedItemCard key={item.id} item={item} view={view} actions={actions} />
            ))}
          </ol>
        ) : (
          <p className="empty">
            <Trans>Nothing shared at the moment.</Trans>
          </p>
        )}
      </section>
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">
          <Trans>Your words to {name}</Trans>
        </h2>
        <NotesOf notes={general} clientName={view.name} actions={actions} />
        <ReflectionForm onItemId={null} onReflect={actions.reflect} />
      </section>
      <section aria-labelledby="suggest-heading">
        <SuggestForm onSuggest={actions.suggest} />
      </section>
    </>
  );
}
