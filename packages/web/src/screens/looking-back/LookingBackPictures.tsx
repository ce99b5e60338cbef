import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui as useI18n } from '@lingui/react';
import { useLingui } from '@lingui/react/macro';
import { qualityShortWords, type LookingBack, type MonthCount, type SelfTalkPattern } from '@tend/core';
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

export function PartPicture({ story }: { story: LookingBack['parts'][number] }) {
  return <StoryChart months={story.months} />;
}

export function PatternPicture({ story }: { story: LookingBack['patterns'][number] }) {
  return <PatternChart months={story.months} />;
}

export function CountPicture({
  title,
  words,
  months,
}: {
  title: string;
  words: string;
  months: readonly MonthCount[];
}) {
  return <DivergingPicture title={title} upWords={words} months={byMonth(months)} />;
}

export function PeoplePicture({ people }: { people: LookingBack['people'] }) {
  const { t } = useLingui();
  return (
    <DivergingPicture
      title={t`How time with each person left you`}
      upWords={t`nourished`}
      downWords={t`depleted`}
      months={people.map((p) => ({ label: p.name, up: p.nourished, down: p.depleted }))}
    />
  );
}

/** The six side by side over the span: felt mostly or fully above the line, a little or not at all below. */
export function QualitiesPicture({ qualities }: { qualities: LookingBack['qualities']['qualities'] }) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <DivergingPicture
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
export function SelfTalkPicture({ counts }: { counts: LookingBack['selfTalk']['byPattern'] }) {
  const { t } = useLingui();
  const { i18n } = useI18n();
  return (
    <DivergingPicture
      title={t`Self-talk gentle noticing named, by kind`}
      upWords={t`pieces of writing`}
      months={counts.map((c) => ({ label: i18n._(selfTalkShortWords[c.pattern]), up: c.count, down: 0 }))}
    />
  );
}
