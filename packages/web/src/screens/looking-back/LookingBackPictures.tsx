import {
  describeMonth,
  qualityShortWords,
  type LookingBack,
  type MonthCount,
  type SelfTalkPattern,
} from '@tend/core';
import { StoryChart } from '../meetings/StoryChart.tsx';
import { PatternChart } from '../patterns/PatternChart.tsx';
import { DivergingPicture } from '../relationships/RelationshipChart.tsx';

/*
 * Looking back's pictures, in a chunk of their own so its words come first. Each picture has a text
 * equivalent beside it on the screen, and its own title says the same counts.
 */

const byMonth = (months: readonly MonthCount[]) => {
  const withYear = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  return months.map((m) => ({ label: describeMonth(m.month, withYear), up: m.count, down: 0 }));
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
  return (
    <DivergingPicture
      title="How time with each person left you"
      upWords="nourished"
      downWords="depleted"
      months={people.map((p) => ({ label: p.name, up: p.nourished, down: p.depleted }))}
    />
  );
}

/** The six side by side over the span: felt mostly or fully above the line, a little or not at all below. */
export function QualitiesPicture({ qualities }: { qualities: LookingBack['qualities']['qualities'] }) {
  return (
    <DivergingPicture
      title="The six qualities, across everyone you checked in about"
      upWords="felt mostly or fully"
      downWords="a little or not at all"
      months={qualities.map((q) => ({
        label: qualityShortWords[q.quality],
        up: q.often,
        down: q.noted - q.often,
      }))}
    />
  );
}

/** Short names under the bars, each distinct in its first letters; the picture's title says them in full. */
const selfTalkShortWords = {
  should: 'Shoulds',
  'behind-or-comparing': 'Comparing',
  labelling: 'Labels',
  appearance: 'Body',
  'shame-about-needs': 'Needs',
  'conditional-worth': 'Worth',
  'on-my-own': 'Alone',
  'nothing-i-can-do': 'Powerless',
  catastrophising: 'Bracing',
  'mind-reading': 'Guessing',
} as const satisfies Record<SelfTalkPattern, string>;

/** How many pieces of writing each kind of self-talk was noticed in; only kinds that were. */
export function SelfTalkPicture({ counts }: { counts: LookingBack['selfTalk']['byPattern'] }) {
  return (
    <DivergingPicture
      title="Self-talk gentle noticing named, by kind"
      upWords="pieces of writing"
      months={counts.map((c) => ({ label: selfTalkShortWords[c.pattern], up: c.count, down: 0 }))}
    />
  );
}
