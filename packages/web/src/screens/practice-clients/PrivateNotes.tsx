import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  editPrivateNote,
  practiceLimits,
  privateNotesAbout,
  writePrivateNote,
  type PrivateNote,
  type PrivateNoteProblem,
} from '@tend/core';
import { useMemo, useState, type FormEvent } from 'react';
import { i18n } from '../../i18n/activate.ts';
import { useApp } from '../../state/app-provider.tsx';
import { usePrivateNotes } from '../../state/use-private-notes.ts';
import { TextAreaField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { momentWords } from '../practice/shared-titles.ts';

const problemWords = (problems: readonly PrivateNoteProblem[]) =>
  problems.includes('empty')
    ? i18n._(msg`There is nothing to keep yet. A few words is enough.`)
    : i18n._(msg`This note is longer than one note can hold. Perhaps keep it as two.`);

/** A note's words changed in place; the rest of the note stays as it was. */
function EditNote({ note, onDone }: { note: PrivateNote; onDone: () => void }) {
  const { t } = useLingui();
  const { vault, ports } = useApp();
  const [text, setText] = useState(note.fields.text);
  const action = useAction();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = editPrivateNote(ports, note, text);
    if (!result.ok) return action.fail(problemWords(result.problems));
    if (await action.run(() => vault.save(result.note))) onDone();
  };
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <TextAreaField
        label={t`Your note`}
        rows={4}
        maxLength={practiceLimits.privateNote}
        value={text}
        onValue={setText}
      />
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          <Trans>Save the note</Trans>
        </button>
        <button type="button" onClick={onDone}>
          <Trans>Leave it as it was</Trans>
        </button>
      </div>
    </form>
  );
}

function PrivateNoteView({ note }: { note: PrivateNote }) {
  const { vault } = useApp();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const action = useAction();
  if (isEditing)
    return (
      <li className="note private-note">
        <EditNote note={note} onDone={() => setIsEditing(false)} />
      </li>
    );
  return (
    <li className="note private-note">
      <p className="line-meta">{momentWords(note.createdAt)}</p>
      <p className="note-text">{note.fields.text}</p>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        {isConfirming ? (
          <>
            <button
              type="button"
              className="danger-quiet"
              aria-disabled={action.busy}
              onClick={() => void action.run(() => vault.remove(note.id))}
            >
              <Trans>Delete it</Trans>
            </button>
            <button type="button" onClick={() => setIsConfirming(false)}>
              <Trans>Keep it</Trans>
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => setIsEditing(true)}>
              <Trans>Change</Trans>
            </button>
            <button type="button" onClick={() => setIsConfirming(true)}>
              <Trans>Delete this note</Trans>
            </button>
          </>
        )}
      </div>
    </li>
  );
}

function PrivateNoteForm({ shareId, clientName }: { shareId: string; clientName: string }) {
  const { t } = useLingui();
  const { vault, ports } = useApp();
  const [text, setText] = useState('');
  const [kept, setKept] = useState<string | null>(null);
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    setKept(null);
    const result = writePrivateNote(ports, { shareId, clientName, text });
    if (!result.ok) return action.fail(problemWords(result.problems));
    if (!(await action.run(() => vault.save(result.note)))) return;
    setText('');
    setKept(t`Kept in your vault`);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField
        label={t`A private note`}
        rows={4}
        maxLength={practiceLimits.privateNote}
        value={text}
        onValue={setText}
      />
      <Notice tone="success">{kept}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          <Trans>Keep this note</Trans>
        </button>
      </div>
    </form>
  );
}

/**
 * The practitioner's own notes about one client: records of their own vault, never written to the
 * share, so the client cannot read them and they stay when the connection ends (and can still be
 * written then: a closing word is the practitioner's own too).
 */
export function PrivateNotes({ shareId, clientName }: { shareId: string; clientName: string | null }) {
  const { t } = useLingui();
  const all = usePrivateNotes();
  const notes = useMemo(() => privateNotesAbout(all, shareId), [all, shareId]);
  // Once the share is gone the server no longer names the client: the notes remember the name.
  const name = clientName ?? notes[0]?.fields.clientName ?? t`This client`;
  return (
    <section aria-labelledby="private-notes-heading" className="private-notes">
      <h2 id="private-notes-heading">
        <Trans>Your private notes</Trans>
      </h2>
      <p className="quiet">
        <Trans>
          Only you can read these. {name} cannot see them: they are kept in your own vault, sealed with your
          own key, and they stay with you if the connection ends.
        </Trans>
      </p>
      <PrivateNoteForm shareId={shareId} clientName={name} />
      {notes.length ? (
        <ol className="note-list" aria-label={t`Your private notes, the newest first`}>
          {notes.map((note) => (
            <PrivateNoteView key={note.id} note={note} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
