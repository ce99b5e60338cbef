import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits, type SessionPoint } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { InputField, TextAreaField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { PractitionerNote } from '../../vault/practice-service.ts';
import { practiceErrorWords } from '../practice/practice-words.ts';
import { momentWords } from '../practice/shared-titles.ts';

/** What the practitioner can do from the page; each resolves once written and throws when it did not work. */
export interface ClientActions {
  readonly reflect: (onItemId: string | null, text: string) => Promise<void>;
  readonly suggest: (practice: string, note: string) => Promise<void>;
  readonly withdraw: (recordId: string) => Promise<void>;
  /** Marks a point of the session list "talked about" (withdraw takes the mark back). */
  readonly mark: (entry: SessionPoint) => Promise<void>;
}

const decisionWords = { accepted: msg`They will try this.`, left: msg`Not for now.` } as const;

function NoteView({
  note,
  clientName,
  onWithdraw,
}: {
  note: PractitionerNote;
  clientName: string;
  onWithdraw: () => Promise<void>;
}) {
  const { i18n } = useLingui();
  const [isConfirming, setIsConfirming] = useState(false);
  const action = useAction(practiceErrorWords);
  const writtenAt = momentWords(note.writtenAt);
  return (
    <li className="note">
      <p className="line-meta">
        {note.type === 'suggestion' ? (
          <Trans>You suggested a practice · {writtenAt}</Trans>
        ) : (
          <Trans>Your reflection · {writtenAt}</Trans>
        )}
      </p>
      <p className={note.type === 'suggestion' ? 'note-text note-practice' : 'note-text'}>{note.text}</p>
      {note.note ? <p className="note-text">{note.note}</p> : null}
      {note.reply ? (
        <div className="client-reply">
          <p className="line-meta">
            <Trans>{clientName} replied</Trans>
          </p>
          {note.reply.decision ? <p>{i18n._(decisionWords[note.reply.decision])}</p> : null}
          {note.reply.text ? <p className="note-text">{note.reply.text}</p> : null}
        </div>
      ) : null}
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        {isConfirming ? (
          <>
            <button
              type="button"
              className="danger-quiet"
              aria-disabled={action.busy}
              onClick={() => void action.run(onWithdraw)}
            >
              <Trans>Remove it</Trans>
            </button>
            <button type="button" onClick={() => setIsConfirming(false)}>
              <Trans>Keep it</Trans>
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setIsConfirming(true)}>
            <Trans>Remove this</Trans>
          </button>
        )}
      </div>
    </li>
  );
}

export function NotesOf({
  notes,
  clientName,
  actions,
}: {
  notes: readonly PractitionerNote[];
  clientName: string;
  actions: ClientActions;
}) {
  if (!notes.length) return null;
  return (
    <ol className="note-list">
      {[...notes]
        .sort((a, b) => a.writtenAt - b.writtenAt)
        .map((note) => (
          <NoteView
            key={note.id}
            note={note}
            clientName={clientName}
            onWithdraw={() => actions.withdraw(note.id)}
          />
        ))}
    </ol>
  );
}

export function ReflectionForm({
  onItemId,
  onReflect,
}: {
  onItemId: string | null;
  onReflect: ClientActions['reflect'];
}) {
  const { t } = useLingui();
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction(practiceErrorWords);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    setSent(null);
    if (!text.trim()) return action.fail(t`There is nothing to share yet. A few words is enough.`);
    if (!(await action.run(() => onReflect(onItemId, text.trim())))) return;
    setText('');
    setSent(t`Shared with them`);
  };
  return (
    <details className="form-section reflection-form">
      <summary>
        <Trans>Write a reflection</Trans>
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextAreaField
          label={t`Your reflection`}
          rows={4}
          maxLength={practiceLimits.reflection}
          value={text}
          onValue={setText}
        />
        <Notice tone="success">{sent}</Notice>
        <Notice tone="problem">{action.problem}</Notice>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {action.busy ? t`Sharing…` : t`Share this reflection`}
          </button>
        </div>
      </form>
    </details>
  );
}

export function SuggestForm({ onSuggest }: { onSuggest: ClientActions['suggest'] }) {
  const { t } = useLingui();
  const [practice, setPractice] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction(practiceErrorWords);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    if (!practice.trim()) return action.fail(t`Please name the practice in a few words.`);
    if (!(await action.run(() => onSuggest(practice.trim(), note.trim())))) return;
    setPractice('');
    setNote('');
    setSent(t`Suggested`);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="suggest-heading">
        <Trans>Suggest a practice</Trans>
      </h2>
      <InputField
        label={t`The practice`}
        maxLength={practiceLimits.suggestedPractice}
        value={practice}
        onValue={setPractice}
      />
      <TextAreaField
        label={t`A note (optional)`}
        rows={3}
        maxLength={practiceLimits.suggestionNote}
        value={note}
        onValue={setNote}
      />
      <Notice tone="success">{sent}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          <Trans>Suggest this practice</Trans>
        </button>
      </div>
    </form>
  );
}
