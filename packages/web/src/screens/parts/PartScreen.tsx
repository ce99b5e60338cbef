import { Trans, useLingui } from '@lingui/react/macro';
import {
  archivePart,
  editPart,
  partStates,
  partStory,
  restorePart,
  type Meeting,
  type Part,
  type PartResult,
  partStateWords,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { PartDetails } from './PartDetails.tsx';
import { PartConnections } from './PartConnections.tsx';
import { PartLinks } from './PartLinks.tsx';
import { PartMissing } from './PartMissing.tsx';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { describePartProblems } from './part-problems.ts';
import { useMeetings, useParts } from '../../state/use-parts.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';
import './parts.css';
import { sayPartStory } from '../../i18n/sentences/story.ts';

interface PartPageProps {
  readonly part: Part;
  readonly parts: readonly Part[];
  readonly meetings: readonly Meeting[];
}

function PartPage({ part, parts, meetings }: PartPageProps) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const action = useAction();
  const { t } = useLingui();
  const word = useCoreWord();
  const partName = usePartName();
  const isArchived = part.fields.archived;
  const summary = useMemo(() => sayPartStory(partStory(part, meetings)), [part, meetings]);

  const save = async (result: PartResult) => {
    if (!result.ok) return action.fail(describePartProblems(result.problems));
    await action.run(() => vault.save(result.part));
  };

  return (
    <Page title={partName(part)} className="parts part-page">
      {isArchived ? (
        <p className="plain-note">
          <Trans>This part is archived. Its words, links and meetings are all kept.</Trans>
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate(`/parts/${part.id}/meet`)}>
          <Trans>Meet this part</Trans>
        </button>
        <Link to={`/parts/${part.id}/story`} className="button">
          <Trans>Its story</Trans>
        </Link>
        <Link to={`/parts/${part.id}/edit`} className="button">
          <Trans>Edit</Trans>
        </Link>
      </div>
      {/* On a wide screen who the part is sits beside where it has shown up: meetings, people, pauses. */}
      <div className="page-columns">
        <div>
          <section aria-labelledby="story-heading">
            <h2 id="story-heading">
              <Trans>Its story so far</Trans>
            </h2>
            <p>{word(summary)}</p>
          </section>
          <PartDetails part={part} />
          <ChoiceGroup
            legend={t`How present it has been lately`}
            name="state"
            options={partStates}
            words={inWords(partStateWords, word)}
            value={part.fields.state}
            onValue={(state) => void save(editPart(ports, part, { state }))}
          />
          <Notice tone="problem">{action.problem}</Notice>
          <PartLinks part={part} parts={parts} />
        </div>
        <div>
          <PartConnections part={part} meetings={meetings} />
          <ShareWithPractitioner objectId={part.id} what={t`a summary of this part`} />
        </div>
      </div>
      <section aria-labelledby="archive-heading" className="other-way">
        <h2 id="archive-heading">{isArchived ? t`Bring it back` : t`Archive`}</h2>
        <p className="quiet">
          {isArchived
            ? t`Restoring brings this part back to your everyday views, exactly as it was.`
            : t`Archiving hides this part from everyday views. Its words, links and meetings are all kept, and you can restore it at any time.`}
        </p>
        <button
          type="button"
          aria-disabled={action.busy}
          onClick={() => void save(isArchived ? restorePart(ports, part) : archivePart(ports, part))}
        >
          {isArchived ? t`Restore this part` : t`Archive this part`}
        </button>
      </section>
    </Page>
  );
}

export function PartScreen({ id }: { id: string }) {
  const parts = useParts();
  const meetings = useMeetings();
  const part = parts.find((p) => p.id === id);
  return part ? <PartPage part={part} parts={parts} meetings={meetings} /> : <PartMissing />;
}
