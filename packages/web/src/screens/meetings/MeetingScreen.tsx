import { isMeeting, partName, type Meeting } from '@tend/core';
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
import '../parts/parts.css';

function namesOf(names: readonly string[]): string {
  if (names.length < 2) return names[0] ?? 'a part';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function MeetingPage({ meeting }: { meeting: Meeting }) {
  const { vault } = useApp();
  const { navigate } = useRouter();
  const parts = useParts();
  const met = meeting.fields.partIds.flatMap((id) => parts.filter((p) => p.id === id));
  const firstPart = met[0];
  const storyPath = firstPart ? `/parts/${firstPart.id}/story` : '/parts';

  const remove = async () => {
    await vault.remove(meeting.id);
    navigate(storyPath, { replace: true });
  };

  return (
    <Page title={`A meeting with ${namesOf(met.map(partName))}`} className="parts meeting-page">
      <p className="lead">{formatMeetingDay(meeting.fields.when)}</p>
      <div className="actions">
        <Link to={`/meetings/${meeting.id}/edit`} className="button primary">
          Edit
        </Link>
        <Link to={storyPath} className="button">
          Back to the story
        </Link>
      </div>
      <MeetingWords meeting={meeting} parts={met} />
      <Suspense fallback={null}>
        <ShareWithPractitioner objectId={meeting.id} what="this meeting" />
      </Suspense>
      <LetGoSection
        what="this meeting"
        note="The part and its other meetings stay as they are."
        onDelete={remove}
      >
        <p>
          What you wrote in it will be removed from this device and, if you sync, from your other devices.
          This cannot be undone.
        </p>
      </LetGoSection>
    </Page>
  );
}

export function MeetingMissing() {
  return (
    <Page title="Meeting not found">
      <p>This meeting is not in your vault on this device. It may have been deleted.</p>
      <p>
        <Link to="/parts">Back to your parts</Link>
      </p>
    </Page>
  );
}

/** At /meetings/:id: one meeting, every word the person wrote, in the order the steps asked. */
export function MeetingScreen({ id }: { id: string }) {
  const meeting = useVaultObject(id, isMeeting);
  return meeting ? <MeetingPage meeting={meeting} /> : <MeetingMissing />;
}
