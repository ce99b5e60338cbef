import { Trans, useLingui } from '@lingui/react/macro';
import { useLingui as useI18n } from '@lingui/react';
import { editMeeting, isMeeting, type Meeting } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useParts } from '../../state/use-parts.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { changedFields, draftOfMeeting, type MeetingFormDraft } from './meeting-draft.ts';
import { useMeetingDrafts } from './meeting-drafts.tsx';
import { PatternChoice } from './MeetingChoiceSteps.tsx';
import { MeetingMissing } from './MeetingScreen.tsx';
import { DayField, meetingSteps, PartChoice } from './MeetingStep.tsx';
import '../parts/parts.css';

function EditMeetingForm({ meeting }: { meeting: Meeting }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const parts = useParts().filter((p) => !p.fields.archived || meeting.fields.partIds.includes(p.id));
  const patterns = usePatterns();
  const { drafts, setDraft, clearDraft } = useMeetingDrafts();
  const key = `edit:${meeting.id}`;
  const [kept] = useState(() => draftOfMeeting(meeting));
  const draft = drafts[key] ?? kept;
  const action = useAction();
  const { t } = useLingui();
  const { i18n } = useI18n();
  const update = (changes: Partial<MeetingFormDraft>) => setDraft(key, { ...draft, ...changes });
  const props = { draft, onDraft: update, parts, patterns, draftKey: key };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.partId) return action.fail(t`Please choose a part, so what you wrote stays with it.`);
    const result = editMeeting(ports, meeting, changedFields(kept, draft, meeting.fields.when));
    if (!result.ok) return action.fail(t`Some of these words are longer than a meeting can hold.`);
    if (!(await action.run(() => vault.save(result.meeting)))) return;
    clearDraft(key);
    navigate(`/meetings/${meeting.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="edit-meeting">
      <section>
        <h2>
          <Trans>Which part, and when</Trans>
        </h2>
        <PartChoice {...props} />
        <DayField {...props} />
      </section>
      {/* Plain sections: a step's heading often repeats its field's label, and one name is enough. */}
      {meetingSteps.slice(1).map(({ title, View }, n) => (
        <section key={n}>
          <h2>{i18n._(title)}</h2>
          <View {...props} />
        </section>
      ))}
      <section>
        <h2>
          <Trans>The pattern it belongs to</Trans>
        </h2>
        <PatternChoice {...props} />
      </section>
      <FormFooter action={action} label={t`Save changes`} busyLabel={t`Saving…`} />
      <p>
        <Link to={`/meetings/${meeting.id}`} onClick={() => clearDraft(key)}>
          <Trans>Leave without changing</Trans>
        </Link>
      </p>
    </form>
  );
}

/** At /meetings/:id/edit: every step of a kept meeting on one page, each field as it was written. */
export function EditMeetingScreen({ id }: { id: string }) {
  const meeting = useVaultObject(id, isMeeting);
  const { t } = useLingui();
  if (!meeting) return <MeetingMissing />;
  return (
    <Page title={t`Edit this meeting`} className="parts meet">
      <EditMeetingForm meeting={meeting} />
    </Page>
  );
}
