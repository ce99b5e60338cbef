import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { isSamePoint, type SessionListEntry } from '@tend/core';
import type { ConnectionSummary } from '../../vault/practice-service.ts';
import { ConnectionChooser, useChosenConnection } from './ConnectionChooser.tsx';
import { NeedsAccount } from './NeedsAccount.tsx';
import { practiceErrorWords } from './practice-words.ts';
import { AddForm, SessionEntries } from './SessionEntries.tsx';
import {
  addEntry,
  draftOf,
  isFull,
  sessionDraftProblem,
  sessionListToSave,
  type SessionDraft,
} from './session-list-edit.ts';
import { sharedItemTitle } from './shared-titles.ts';
import {
  activeConnections,
  useConnectionItems,
  usePractice,
  usePracticeSnapshot,
  useSessionList,
  useSessionMarks,
} from '../../state/use-practice.ts';
import '../parts/parts.css';
import './practice.css';

export function SessionEditor({ connection }: { connection: ConnectionSummary }) {
  const { vault, ports } = useApp();
  const practice = usePractice();
  const items = useConnectionItems(connection.id);
  const list = useSessionList(connection.id);
  const [draft, setDraft] = useState(() => draftOf(list));
  const [isSaved, setIsSaved] = useState(false);
  const [isChanged, setIsChanged] = useState(false);
  const action = useAction(practiceErrorWords);
  const lookup = (id: string) => vault.get(id);
  const marks = useSessionMarks(connection.id);
  const { t } = useLingui();
  const name = connection.practitionerName;
  const practitioner = name;
  const markOf = (entry: SessionListEntry) =>
    marks.some((m) => isSamePoint(m.entry, { itemId: entry.sharedItemId, text: entry.text }))
      ? t`${name} marked this as talked about.`
      : null;

  const change = (next: SessionDraft) => {
    setIsSaved(false);
    setIsChanged(true);
    action.clear();
    setDraft(next);
  };
  const itemTitle = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? sharedItemTitle(item, lookup) : t`Something no longer shared`;
  };
  const add = (sharedItemId: string | null, text: string) => {
    if (isFull(draft)) return false;
    change(addEntry(draft, { id: ports.ids.newId(), sharedItemId, text }));
    return true;
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    const problem = sessionDraftProblem(draft);
    if (problem) return action.fail(problem);
    const list = sessionListToSave(draft);
    if (!(await action.run(() => practice.saveSessionList(connection.id, list)))) return;
    setIsSaved(true);
    setIsChanged(false);
  };

  return (
    <>
      <p className="lead">
        <Trans>
          What would you like to bring to your next session with {practitioner}? They see this list once it is
          saved.
        </Trans>
      </p>
      <AddForm
        items={items}
        titleOf={(item) => sharedItemTitle(item, lookup)}
        isFull={isFull(draft)}
        onAdd={add}
      />
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2>
          <Trans>The list</Trans>
        </h2>
        <SessionEntries draft={draft} titleOf={itemTitle} onChange={change} markOf={markOf} />
        <InputField
          label={t`For the session on (optional)`}
          type="date"
          value={draft.forDate}
          onValue={(forDate) => change({ ...draft, forDate })}
        />
        <Notice tone="success">{isSaved ? t`Saved. ${name} can see this list.` : null}</Notice>
        <Notice tone="problem">{action.problem}</Notice>
        {isChanged ? (
          <p className="quiet">
            <Trans>Your changes are not saved yet.</Trans>
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {action.busy ? t`Saving…` : isSaved ? t`Saved` : t`Save`}
          </button>
          <Link to="/practitioner" className="button">
            <Trans>Back to my practitioner</Trans>
          </Link>
        </div>
      </form>
    </>
  );
}

/** "Bring to session": a list of shared items and the client's own words, for the next session. */
export function SessionScreen() {
  const snapshot = usePracticeSnapshot();
  const active = activeConnections(snapshot);
  const { chosen, choose } = useChosenConnection(active);
  const { t } = useLingui();
  return (
    <Page title={t`Bring to session`} className="practice">
      {snapshot.status === 'unavailable' ? (
        <NeedsAccount what="sharing" />
      ) : chosen ? (
        <>
          <ConnectionChooser connections={active} chosen={chosen} onChoose={choose} />
          <SessionEditor key={chosen.id} connection={chosen} />
        </>
      ) : (
        <p>
          <Trans>
            You are not connected with a practitioner right now.{' '}
            <Link to="/practitioner">My practitioner</Link> explains how to connect.
          </Trans>
        </p>
      )}
      <p className="quiet">
        <Link to="/for-my-session">
          <Trans>For my session: a page of your own words to print, save as a PDF or download</Trans>
        </Link>
      </p>
    </Page>
  );
}
