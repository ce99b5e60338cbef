import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits, type SharedItem } from '@tend/core';
import { useId, useState, type FormEvent } from 'react';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { editEntryText, moveEntry, removeEntry, type SessionDraft } from './session-list-edit.ts';

interface AddFormProps {
  readonly items: readonly SharedItem[];
  readonly titleOf: (item: SharedItem) => string;
  readonly isFull: boolean;
  readonly onAdd: (sharedItemId: string | null, text: string) => boolean;
}

export function AddForm({ items, titleOf, isFull: full, onAdd }: AddFormProps) {
  const selectId = useId();
  const { t } = useLingui();
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!itemId && !text.trim()) return setProblem(t`Choose something you shared, or write a few words.`);
    if (!onAdd(itemId || null, text))
      return setProblem(t`The list is full. You could remove something first.`);
    setProblem(null);
    setItemId('');
    setText('');
  };

  return (
    <form onSubmit={submit} noValidate className="form-section session-add">
      <h2>
        <Trans>Add to the list</Trans>
      </h2>
      {items.length ? (
        <div className="field">
          <label htmlFor={selectId}>
            <Trans>Something you shared (optional)</Trans>
          </label>
          <select id={selectId} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t`Only my own words`}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {titleOf(item)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <NoticedTextArea
        field="session:new"
        label={t`In my own words`}
        hint={t`What you would like to talk about, or why this matters.`}
        rows={3}
        maxLength={practiceLimits.sessionText}
        value={text}
        onValue={setText}
      />
      <Notice tone="problem">{problem}</Notice>
      <div className="actions">
        <button type="submit" disabled={full}>
          <Trans>Add to the list</Trans>
        </button>
      </div>
    </form>
  );
}

interface SessionEntriesProps {
  readonly draft: SessionDraft;
  readonly titleOf: (sharedItemId: string) => string;
  readonly onChange: (draft: SessionDraft) => void;
  /** The practitioner's "talked about" mark on a point, said in words ("Robin marked this…"). */
  readonly markOf?: (entry: SessionDraft['entries'][number]) => string | null;
}

/** The list as it stands: each entry's words can be changed, moved or removed. */
export function SessionEntries({ draft, titleOf, onChange, markOf = () => null }: SessionEntriesProps) {
  const { t } = useLingui();
  if (!draft.entries.length)
    return (
      <p className="empty">
        <Trans>Nothing on the list yet.</Trans>
      </p>
    );
  return (
    <ol className="session-list">
      {draft.entries.map((entry, index) => {
        const title = entry.sharedItemId ? titleOf(entry.sharedItemId) : null;
        const place = index + 1;
        const point = t`Point ${place}`;
        const name = title ?? point;
        return (
          <li key={entry.id}>
            {title ? <p className="entry-title">{title}</p> : null}
            {markOf(entry) ? <p className="talked-about-mark">{markOf(entry)}</p> : null}
            <NoticedTextArea
              field={`session:${entry.id}`}
              label={title ? t`My words about it` : point}
              rows={2}
              maxLength={practiceLimits.sessionText}
              value={entry.text}
              onValue={(text) => onChange(editEntryText(draft, entry.id, text))}
            />
            <div className="actions">
              <button
                type="button"
                disabled={index === 0}
                aria-label={t`Move up “${name}”`}
                onClick={() => onChange(moveEntry(draft, entry.id, -1))}
              >
                <Trans>Move up</Trans>
              </button>
              <button
                type="button"
                disabled={index === draft.entries.length - 1}
                aria-label={t`Move down “${name}”`}
                onClick={() => onChange(moveEntry(draft, entry.id, 1))}
              >
                <Trans>Move down</Trans>
              </button>
              <button
                type="button"
                aria-label={t`Remove “${name}”`}
                onClick={() => onChange(removeEntry(draft, entry.id))}
              >
                <Trans>Remove</Trans>
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
