import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui as useLanguage } from '@lingui/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits, type SuggestionDecision } from '@tend/core';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { ConnectionSummary, PractitionerNote } from '../../vault/practice-service.ts';
import { keepAsResource } from './keep-as-resource.ts';
import { describePracticeError, practiceErrorWords } from './practice-words.ts';
import { momentWords, sharedItemTitle } from './shared-titles.ts';
import { useConnectionItems, usePractice } from '../../state/use-practice.ts';

const decisionWords: Record<SuggestionDecision, MessageDescriptor> = {
  accepted: msg`You said you will try this. It is among your resources, so a pause can offer it.`,
  left: msg`You said not for now.`,
};

interface ReplyFormProps {
  readonly note: PractitionerNote;
  readonly onReply: (text: string, decision: SuggestionDecision | null) => Promise<void>;
}

function ReplyForm({ note, onReply }: ReplyFormProps) {
  const [text, setText] = useState(note.reply?.text ?? '');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction(practiceErrorWords);
  const { t } = useLingui();
  const isSuggestion = note.type === 'suggestion';

  const send = async (decision: SuggestionDecision | null) => {
    if (action.busy) return;
    setSent(null);
    if (!text.trim() && decision === null)
      return action.fail(t`There is nothing to send yet. A few words is enough.`);
    if (await action.run(() => onReply(text.trim(), decision))) setSent(t`Sent`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(null);
  };

  return (
    <form className="reply-form" onSubmit={submit} noValidate>
      <NoticedTextArea
        field={`reply:${note.id}`}
        label={note.reply ? t`Your reply` : t`Reply (optional)`}
        rows={2}
        maxLength={practiceLimits.reply}
        value={text}
        onValue={setText}
      />
      <Notice tone="success">{sent}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        {isSuggestion ? (
          <>
            <button
              type="button"
              className="primary"
              aria-disabled={action.busy}
              onClick={() => void send('accepted')}
            >
              <Trans>I'll try this</Trans>
            </button>
            <button type="button" aria-disabled={action.busy} onClick={() => void send('left')}>
              <Trans>Not for now</Trans>
            </button>
          </>
        ) : null}
        <button type="submit" aria-disabled={action.busy}>
          {note.reply ? <Trans>Update my reply</Trans> : <Trans>Send reply</Trans>}
        </button>
      </div>
    </form>
  );
}

interface NotesListProps {
  readonly notes: readonly PractitionerNote[];
  readonly titleOf: (itemId: string) => string | null;
  readonly onReply: (toId: string, text: string, decision: SuggestionDecision | null) => Promise<void>;
}

/** The practitioner's reflections and suggestions, newest first, each with a reply box. */
export function NotesList({ notes, titleOf, onReply }: NotesListProps) {
  const newestFirst = [...notes].sort((a, b) => b.writtenAt - a.writtenAt);
  const { i18n } = useLanguage();
  return (
    <ol className="note-list">
      {newestFirst.map((note) => {
        const title = note.onItemId ? titleOf(note.onItemId) : null;
        const about = title || null;
        return (
          <li key={note.id} className="note">
            <p className="line-meta">
              {note.type === 'suggestion' ? <Trans>A practice to try</Trans> : <Trans>A reflection</Trans>} ·{' '}
              {momentWords(note.writtenAt)}
              {about ? (
                <>
                  {' · '}
                  <Trans>about “{about}”</Trans>
                </>
              ) : null}
            </p>
            <p className={note.type === 'suggestion' ? 'note-text note-practice' : 'note-text'}>
              {note.text}
            </p>
            {note.note ? <p className="note-text">{note.note}</p> : null}
            {note.reply?.decision ? (
              <p className="quiet">{i18n._(decisionWords[note.reply.decision])}</p>
            ) : null}
            <ReplyForm note={note} onReply={(text, decision) => onReply(note.id, text, decision)} />
          </li>
        );
      })}
    </ol>
  );
}

/** "From <name>": loaded when the page opens and again when they have written something new. */
export function PractitionerNotes({ connection }: { connection: ConnectionSummary }) {
  const practice = usePractice();
  const { vault, ports } = useApp();
  const items = useConnectionItems(connection.id);
  const [notes, setNotes] = useState<readonly PractitionerNote[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hasLoaded = useRef(false);
  const name = connection.practitionerName;

  const load = useCallback(async () => {
    try {
      setNotes(await practice.conversation(connection.id));
      setProblem(null);
    } catch (error) {
      setProblem(describePracticeError(error));
    }
  }, [practice, connection.id]);

  useEffect(() => {
    if (hasLoaded.current && !connection.hasNew) return;
    hasLoaded.current = true;
    void load();
  }, [load, connection.hasNew]);

  const titleOf = (itemId: string) => {
    const item = items.find((i) => i.id === itemId);
    return item ? sharedItemTitle(item, (id) => vault.get(id)) : null;
  };
  const reply = async (toId: string, text: string, decision: SuggestionDecision | null) => {
    await practice.reply(connection.id, toId, text, decision);
    const note = notes?.find((n) => n.id === toId);
    if (decision === 'accepted' && note)
      await keepAsResource(vault, ports, note, connection.practitionerName);
    await load();
  };

  return (
    <section aria-labelledby="from-heading">
      <h2 id="from-heading">
        <Trans>From {name}</Trans>
      </h2>
      <Notice tone="problem">{problem}</Notice>
      {notes === null ? (
        problem ? null : (
          <p className="quiet" role="status">
            <Trans>One moment…</Trans>
          </p>
        )
      ) : notes.length ? (
        <NotesList notes={notes} titleOf={titleOf} onReply={reply} />
      ) : (
        <p className="empty">
          <Trans>Nothing yet. When {name} writes a reflection or suggests a practice, it appears here.</Trans>
        </p>
      )}
    </section>
  );
}
