import { describeMonth, type LookingBack, type MonthCount } from '@tend/core';
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
