import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui as useI18n } from '@lingui/react';
import { useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import {
  qualityShortWords,
  stances,
  stanceShortWords,
  type LookingBack,
  type MonthCount,
  type SelfTalkPattern,
  type Stance,
} from '@tend/core';
import { ChartFrame } from '../../ui/ChartFrame.tsx';
import { StoryChart } from '../meetings/StoryChart.tsx';
import { PatternChart } from '../patterns/PatternChart.tsx';
import { DivergingPicture } from '../relationships/RelationshipChart.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { sayMonth } from '../../i18n/sentences/story.ts';

/*
 * Looking back's pictures, in a chunk of their own so its words come first. Each picture has a text
 * equivalent beside it on the screen, and its own title says the same counts.
 */

const byMonth = (months: readonly MonthCount[]) => {
  const withYear = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  return months.map((m) => ({ label: sayMonth(m.month, withYear), up: m.count, down: 0 }));
};

/** The words that say the same as a picture, shown beside it in its frame. */
type Said = { readonly summary: ReactNode };

export function PartPicture({ story, summary }: { story: LookingBack['parts'][number] } & Said) {
  return <StoryChart months={story.months} summary={summary} />;
}

export function PatternPicture({ story, summary }: { story: LookingBack['patterns'][number] } & Said) {
  return <PatternChart months={story.months} summary={summary} />;
}

export function CountPicture({
  title,
  words,
  months,
  summary,
}: {
  title: string;
  words: string;
  months: readonly MonthCount[];
} & Said) {
  return <DivergingPicture title={title} upWords={words} months={byMonth(months)} summary={summary} />;
}

export function PeoplePicture({ people, summary }: { people: LookingBack['people'] } & Said) {
  const { t } = useLingui();
  return (
    <DivergingPicture
      summary={summary}
      title={t`How time with each person left you`}
      isNamed
      upWords={t`nourished`}
      downWords={t`depleted`}
      months={people.map((p) => ({ label: p.name, up: p.nourished, down: p.depleted }))}
    />
  );
}

/** The six side by side over the span: felt mostly or fully above the line, a little or not at all below. */
export function QualitiesPicture({
  qualities,
  summary,
}: { qualities: LookingBack['qualities']['qualities'] } & Said) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <DivergingPicture
      summary={summary}
      title={t`The six qualities, across everyone you checked in about`}
      upWords={t`felt mostly or fully`}
      downWords={t`a little or not at all`}
      months={qualities.map((q) => ({
        label: word(qualityShortWords[q.quality]),
        up: q.often,
        down: q.noted - q.often,
      }))}
    />
  );
}

/** Short names under the bars, each distinct in its first letters; the picture's title says them in full. */
const selfTalkShortWords = {
  should: msg`Shoulds`,
  'behind-or-comparing': msg`Comparing`,
  labelling: msg`Labels`,
  appearance: msg`Body`,
  'shame-about-needs': msg`Needs`,
  'conditional-worth': msg`Worth`,
  'on-my-own': msg`Alone`,
  'nothing-i-can-do': msg`Powerless`,
  catastrophising: msg`Bracing`,
  'mind-reading': msg`Guessing`,
} as const satisfies Record<SelfTalkPattern, MessageDescriptor>;

/** How many pieces of writing each kind of self-talk was noticed in; only kinds that were. */
export function SelfTalkPicture({
  counts,
  summary,
}: { counts: LookingBack['selfTalk']['byPattern'] } & Said) {
  const { t } = useLingui();
  const { i18n } = useI18n();
  return (
    <DivergingPicture
      summary={summary}
      title={t`Self-talk gentle noticing named, by kind`}
      upWords={t`pieces of writing`}
      months={counts.map((c) => ({ label: i18n._(selfTalkShortWords[c.pattern]), up: c.count, down: 0 }))}
    />
  );
}

/** A row's bar in its colours, side by side, `width` wide in all (of 100). */
function segments(counts: readonly { stance: Stance; count: number }[], width: number) {
  const total = counts.reduce((n, c) => n + c.count, 0);
  let x = 0;
  return counts
    .filter((c) => c.count)
    .map((c) => {
      const segment = { stance: c.stance, x, width: (c.count / total) * width };
      x += segment.width;
      return segment;
    });
}

/**
 * Every part met in the span at once: a row each, its full name over one bar of how you related to
 * it, so a phone shows the whole span in one screen (each part's months are one tap further down).
 */
export function PartsAtOnce({
  stories,
  names,
}: {
  stories: LookingBack['parts'];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useLingui();
  const word = useCoreWord();
  const rows = stories.map((story) => {
    const counts = stances.map((stance) => ({
      stance,
      count: story.months.reduce((n, m) => n + m.stances[stance], 0),
    }));
    return { story, counts, total: counts.reduce((n, c) => n + c.count, 0) };
  });
  const most = Math.max(1, ...rows.map((r) => r.total));
  const used = stances.filter((stance) =>
    rows.some((r) => r.counts.some((c) => c.stance === stance && c.count)),
  );
  if (!used.length) return null;
  return (
    <ChartFrame
      title={t`How you related to each part in this span`}
      className="story-chart parts-at-once"
      legend={used.map((stance) => ({
        className: `stance-${stance}`,
        words: word(stanceShortWords[stance]),
      }))}
    >
      <ul className="parts-at-once-rows">
        {rows.map(({ story, counts, total }) => {
          const name = names.get(story.partId) ?? '';
          const said = counts
            .filter((c) => c.count)
            .map((c) => `${word(stanceShortWords[c.stance])} ${c.count}`)
            .join(', ');
          return (
            <li key={story.partId}>
              <span className="parts-at-once-name">{name}</span>
              <span className="parts-at-once-line">
                <svg
                  className="parts-at-once-bar"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  {segments(counts, (total / most) * 100).map((segment) => (
                    <rect
                      key={segment.stance}
                      className={`stance-${segment.stance}`}
                      x={segment.x}
                      y={0}
                      width={segment.width}
                      height={10}
                    />
                  ))}
                </svg>
                <span className="visually-hidden">{said || t`No stances noted`}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </ChartFrame>
  );
}
