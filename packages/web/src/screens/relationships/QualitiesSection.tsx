import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { sayQualityOverview, sayQualitySummary } from '../../i18n/sentences/qualities.ts';
import { qualityNames, qualityStories, type RelationalCheckIn, type Relationship } from '@tend/core';
import { lazy, Suspense, useMemo } from 'react';
import { useApp } from '../../state/app-provider.tsx';

const QualityChart = lazy(() => import('./RelationshipChart.tsx').then((m) => ({ default: m.QualityChart })));

/** At most this many recent months are drawn; the words cover every answer. */
const monthsDrawn = 12;

interface QualitiesSectionProps {
  readonly relationship: Relationship;
  /** This relationship's check-ins. */
  readonly checkIns: readonly RelationalCheckIn[];
}

/**
 * The six qualities (mirroring, validation, attunement, reciprocity, safety and respect, being
 * myself) over time with this person: a sentence and a picture for each. It describes how time
 * together felt to the person; it never scores the other person.
 */
export function QualitiesSection({ relationship, checkIns }: QualitiesSectionProps) {
  const { ports } = useApp();
  const word = useCoreWord();
  const stories = useMemo(
    () => qualityStories(relationship.fields.name, checkIns, ports.clock.now()),
    [relationship, checkIns, ports],
  );
  const drawn = stories.qualities.flatMap((q) => q.months.slice(-monthsDrawn).map((m) => m.month));
  const withYear = new Set(drawn.map((month) => month.slice(0, 4))).size > 1;
  return (
    <section aria-labelledby="qualities-heading">
      <h2 id="qualities-heading">
        <Trans>What time together offered</Trans>
      </h2>
      {stories.mostAndRarest ? <p>{sayQualityOverview(stories)}</p> : null}
      {stories.qualities.map((story) => (
        <div key={story.quality} className="quality">
          <h3>{word(qualityNames[story.quality])}</h3>
          <p>{sayQualitySummary(story, relationship.fields.name, stories.span)}</p>
          {story.months.length ? (
            <Suspense
              fallback={
                <p className="quiet">
                  <Trans>Drawing the picture…</Trans>
                </p>
              }
            >
              <QualityChart
                story={{ ...story, months: story.months.slice(-monthsDrawn) }}
                withYear={withYear}
              />
            </Suspense>
          ) : null}
        </div>
      ))}
    </section>
  );
}
