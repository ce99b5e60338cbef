import { describe, expect, it } from 'vitest';
import { tenYearsOfMeetings } from '../testing/ten-years.ts';
import { partStory } from './part-story.ts';

// How fast this is lives in `npm run bench:core`; here, only that the answer is right at this scale.
describe('partStory over ten years', () => {
  it('tells a part’s story from 30,000 meetings, in time order', () => {
    const { part, meetings } = tenYearsOfMeetings();
    expect(meetings).toHaveLength(30_000);
    const story = partStory(part, meetings);
    expect(story.meetings).toHaveLength(3_000);
    expect(story.meetings.every((m) => m.fields.partIds.includes(part.id))).toBe(true);
    const times = story.meetings.map((m) => m.fields.when);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
