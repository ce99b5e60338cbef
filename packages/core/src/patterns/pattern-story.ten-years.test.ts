import { describe, expect, it } from 'vitest';
import { tenYearsOfPauses } from '../testing/ten-years.ts';
import { patternStory } from './pattern-story.ts';

// How fast this is lives in `npm run bench:core`; here, only that the answer is right at this scale.
describe('patternStory over ten years', () => {
  it('tells a pattern’s story from 30,000 pauses and meetings', () => {
    const { pattern, pauses, meetings } = tenYearsOfPauses();
    expect(pauses.length + meetings.length).toBe(30_000);
    const story = patternStory(pattern, pauses, meetings);
    expect(story.moments).toHaveLength(6_000);
  });
});
