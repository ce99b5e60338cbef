import { Trans, useLingui } from '@lingui/react/macro';
import { editJournalEntry, isJournalEntry, type JournalEntry } from '@tend/core';
import { Suspense, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { ShareWithPractitioner } from '../practice/lazy-practice.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatLongDay } from '../../ui/dates.ts';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useDrafts, type EntryDraft } from './drafts.tsx';
import { EntryForm } from './EntryForm.tsx';
import { EntryLinks } from './EntryLinks.tsx';
import { NearbyEntries } from './NearbyEntries.tsx';
import { describeJournalProblems } from './journal-problems.ts';

function draftOf(entry: JournalEntry): EntryDraft {
  return { date: entry.fields.date, title: entry.fields.title, body: entry.fields.body };
}

function EntryEditor({ entry }: { entry: JournalEntry }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { drafts, notes, setDraft, clearDraft, setNote } = useDrafts();
  const draft = drafts[entry.id] ?? draftOf(entry);
  const action = useAction();
  const [isConfirming, setIsConfirming] = useState(false);
  const { t } = useLingui();
  const saved = action.busy ? t`Saving…` : notes[entry.id] === 'saved' ? t`Saved` : null;

  const edit = (next: EntryDraft) => {
    setNote(entry.id, null);
    setDraft(entry.id, next);
  };

  const save = async (): Promise<boolean> => {
    const result = editJournalEntry(ports, entry, draft);
    if (!result.ok) {
      action.fail(describeJournalProblems(result.problems));
      return false;
    }
    if (!(await action.run(() => vault.save(result.entry)))) return false;
    clearDraft(entry.id);
    setNote(entry.id, 'saved');
    return true;
  };

  const remove = async () => {
    setIsConfirming(false);
    if (!(await action.run(() => vault.remove(entry.id)))) return;
    clearDraft(entry.id);
    setNote(entry.id, null);
    navigate('/journal', { replace: true });
  };

  return (
    <Page title={entry.fields.title.trim() || t`Journal entry`} className="journal-entry">
      <p className="lead">{formatLongDay(entry.fields.date)}</p>
      {/* On a wide screen the entry sits beside what it is about and the entries written around it. */}
      <div className="page-columns">
        <div>
          <EntryForm
            draft={draft}
            entryKey={entry.id}
            onDraft={edit}
            onSave={() => void save()}
            isSaving={action.busy}
            saved={saved}
            problem={action.problem}
          >
            <button type="button" className="danger-quiet" onClick={() => setIsConfirming(true)}>
              <Trans>Delete</Trans>
            </button>
          </EntryForm>
        </div>
        <div>
          <EntryLinks entry={entry} />
          <Suspense fallback={null}>
            <ShareWithPractitioner
              objectId={entry.id}
              what={t`this entry`}
              beforeShare={drafts[entry.id] ? save : undefined}
            />
          </Suspense>
          <NearbyEntries entry={entry} />
        </div>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t`Delete this entry?`}
        confirmLabel={t`Delete entry`}
        onConfirm={() => void remove()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          <Trans>
            It will be removed from this device and, if you sync, from your other devices. This cannot be
            undone.
          </Trans>
        </p>
      </ConfirmDialog>
    </Page>
  );
}

export function EntryScreen({ id }: { id: string }) {
  const entry = useVaultObject(id, isJournalEntry);
  const { t } = useLingui();

  if (!entry) {
    return (
      <Page title={t`Entry not found`}>
        <p>
          <Trans>This entry is not in your vault on this device. It may have been deleted.</Trans>
        </p>
        <p>
          <Link to="/journal">
            <Trans>Back to your journal</Trans>
          </Link>
        </p>
      </Page>
    );
  }
  return <EntryEditor entry={entry} />;
}
