import { describe, expect, it } from 'vitest';
import { tenYearsOfCheckIns } from '../testing/ten-years.ts';
import { keepsDepleting } from './keeps-depleting.ts';
import { relationshipStory } from './relationship-story.ts';
import { relationshipWeb } from './relationship-web.ts';

// How fast these are lives in `npm run bench:core`; here, only that the answers are right at this scale.
describe('relationship summaries over ten years', () => {
  const { relationships, checkIns, now } = tenYearsOfCheckIns();
  const close = relationships[0];

  it('draws the web of 40 relationships from 30,000 objects', () => {
    expect(relationships.length + checkIns.length).toBe(30_000);
    const web = relationshipWeb(relationships, checkIns, now);
    expect(web).toHaveLength(40);
    expect(new Set(web.map((entry) => entry.relationshipId))).toEqual(
      new Set(relationships.map((r) => r.id)),
    );
  });

  it('tells the story of the closest relationship, and checks it for depletion', () => {
    if (!close) throw new Error('expected a relationship');
    expect(relationshipStory(close, checkIns).checkIns).toHaveLength(7_490);
    expect(typeof keepsDepleting(close, checkIns)).toBe('boolean');
  });
});
