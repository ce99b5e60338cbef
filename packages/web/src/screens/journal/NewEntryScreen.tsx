import { Trans, useLingui } from '@lingui/react/macro';
import { localDate, writeJournalEntry } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { LockedWritingNote } from '../locked/LockedWritingNote.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useDrafts, type EntryDraft } from './drafts.tsx';
import { EntryForm } from './EntryForm.tsx';
import { describeJournalProblems } from './journal-problems.ts';
import { journalField } from './JournalNoticing.tsx';
import { useNoticing } from '../../noticing/noticing-provider.tsx';

const draftKey = 'new';

export function NewEntryScreen() {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { status } = useVaultSession();
  const { drafts, setDraft, clearDraft, setNote } = useDrafts();
  const { rename } = useNoticing();
  const [fresh] = useState<EntryDraft>(() => ({ date: localDate(ports.clock.now()), title: '', body: '' }));
  const draft = drafts[draftKey] ?? fresh;
  const action = useAction();
  const { t } = useLingui();

  const save = async () => {
    const result = writeJournalEntry(ports, { date: draft.date, title: draft.title, body: draft.body });
    if (!result.ok) return action.fail(describeJournalProblems(result.problems));
    const isSaved = await action.run(() => vault.save(result.entry));
    if (!isSaved) return;
    // Only now, with the entry durably stored, is the draft let go.
    clearDraft(draftKey);
    // Locked: the entry waits, sealed, for the next unlock; the locked screen says so.
    if (status === 'locked') return navigate('/', { replace: true });
    rename(journalField(draftKey), journalField(result.entry.id));
    setNote(result.entry.id, 'saved');
    navigate(`/journal/${result.entry.id}`, { replace: true });
  };

  return (
    <Page title={t`New entry`} className="journal-entry">
      <p className="lead">
        <Trans>Write as much or as little as you like. Nothing here needs to be finished.</Trans>
      </p>
      <LockedWritingNote />
      <EntryForm
        draft={draft}
        entryKey={draftKey}
        onDraft={(next) => setDraft(draftKey, next)}
        onSave={() => void save()}
        isSaving={action.busy}
        saved={action.busy ? t`Saving…` : null}
        problem={action.problem}
      />
    </Page>
  );
}
