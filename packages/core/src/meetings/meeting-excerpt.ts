import type { Meeting } from './meeting.ts';

/**
 * The person's own words in a meeting, what they offered the part first: a story is about how the
 * relating changed, and what was offered is that relating in their words. Then the steps' order.
 */
const wordsForExcerpt = (meeting: Meeting): readonly string[] => [
  meeting.fields.offered,
  meeting.fields.broughtForward,
  meeting.fields.felt,
  meeting.fields.needed,
  meeting.fields.bothTrue,
  meeting.fields.projection?.onWhom ?? '',
];

/**
 * A short excerpt of what the person wrote in a meeting, for lists that link to it, cut at a word
 * near `length` characters; empty when they wrote nothing. It never adds words of its own, so a list
 * shows only the person's voice.
 */
export function meetingExcerpt(meeting: Meeting, length = 120): string {
  const text = wordsForExcerpt(meeting)
    .map((words) => words.trim().replace(/\s+/g, ' '))
    .find((words) => words.length > 0);
  if (!text) return '';
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
