import { Trans, useLingui } from '@lingui/react/macro';
import type { FormEvent, ReactNode } from 'react';
import { InputField, TextAreaField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { EntryDraft } from './drafts.tsx';
import { JournalNoticing } from './JournalNoticing.tsx';

interface EntryFormProps {
  readonly draft: EntryDraft;
  /** Which entry this is ('new' or its id), for what the person dismissed in its noticings. */
  readonly entryKey: string;
  readonly onDraft: (draft: EntryDraft) => void;
  readonly onSave: () => void;
  readonly isSaving: boolean;
  readonly saved: string | null;
  readonly problem: string | null;
  readonly children?: ReactNode;
}

/** The fields of an entry; only a title or a few words are needed to save. */
export function EntryForm({
  draft,
  entryKey,
  onDraft,
  onSave,
  isSaving,
  saved,
  problem,
  children,
}: EntryFormProps) {
  const { t } = useLingui();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <InputField
        label={t`Date`}
        type="date"
        value={draft.date}
        onValue={(date) => onDraft({ ...draft, date })}
        required
      />
      <InputField
        label={t`Title`}
        hint={t`Optional`}
        value={draft.title}
        maxLength={300}
        onValue={(title) => onDraft({ ...draft, title })}
      />
      <TextAreaField
        label={t`Entry`}
        rows={12}
        value={draft.body}
        onValue={(body) => onDraft({ ...draft, body })}
      />
      <JournalNoticing
        entryKey={entryKey}
        title={draft.title}
        body={draft.body}
        isSaved={saved === t`Saved`}
      />
      <Notice tone="problem">{problem}</Notice>
      {/* "Saved" sits beside the button, which stays in view near the thumb, so it is seen. */}
      <div className="actions primary-actions">
        <button type="submit" className="primary" disabled={isSaving}>
          <Trans>Save</Trans>
        </button>
        {children}
        <Notice tone="success">{saved}</Notice>
      </div>
    </form>
  );
}
