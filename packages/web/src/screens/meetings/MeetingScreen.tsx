import { Trans, useLingui } from '@lingui/react/macro';
import { useLingui as useI18n } from '@lingui/react';
import { isMeeting, type Meeting } from '@tend/core';
import { Suspense } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useParts } from '../../state/use-parts.ts';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { LetGoSection } from '../../ui/LetGoSection.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShareWithPractitioner } from '../practice/lazy-practice.ts';
import { formatMeetingDay } from './meeting-words.ts';
import { MeetingWords } from './MeetingWords.tsx';
import { usePartName } from '../../i18n/part-name.ts';
import '../parts/parts.css';

function MeetingPage({ meeting }: { meeting: Meeting }) {
  const { vault } = useApp();
  const { navigate } = useRouter();
  const parts = useParts();
  const { t } = useLingui();
  const { i18n } = useI18n();
  const partName = usePartName();
  const met = meeting.fields.partIds.flatMap((id) => parts.filter((p) => p.id === id));
  const firstPart = met[0];
  const storyPath = firstPart ? `/parts/${firstPart.id}/story` : '/parts';

  const remove = async () => {
    await vault.remove(meeting.id);
    navigate(storyPath, { replace: true });
  };

  // "Little one, the critic and the waiting one": joined as the language Tend speaks joins a list.
  const names = met.length
    ? new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(met.map(partName))
    : t`a part`;
  return (
    <Page title={t`A meeting with ${names}`} className="parts meeting-page">
      <p className="lead">{formatMeetingDay(meeting.fields.when)}</p>
      <div className="actions">
        <Link to={`/meetings/${meeting.id}/edit`} className="button primary">
          <Trans>Edit</Trans>
        </Link>
        <Link to={storyPath} className="button">
          <Trans>Back to the story</Trans>
        </Link>
      </div>
      <MeetingWords meeting={meeting} parts={met} />
      <Suspense fallback={null}>
        <ShareWithPractitioner objectId={meeting.id} what={t`this meeting`} />
      </Suspense>
      <LetGoSection
        what={t`this meeting`}
        note={t`The part and its other meetings stay as they are.`}
        onDelete={remove}
      >
        <p>
          <Trans>
            What you wrote in it will be removed from this device and, if you sync, from your other devices.
            This cannot be undone.
          </Trans>
        </p>
      </LetGoSection>
    </Page>
  );
}

export function MeetingMissing() {
  const { t } = useLingui();
  return (
    <Page title={t`Meeting not found`}>
      <p>
        <Trans>This meeting is not in your vault on this device. It may have been deleted.</Trans>
      </p>
      <p>
        <Link to="/parts">
          <Trans>Back to your parts</Trans>
        </Link>
      </p>
    </Page>
  );
}

/** At /meetings/:id: one meeting, every word the person wrote, in the order the steps asked. */
export function MeetingScreen({ id }: { id: string }) {
  const meeting = useVaultObject(id, isMeeting);
  return meeting ? <MeetingPage meeting={meeting} /> : <MeetingMissing />;
}
