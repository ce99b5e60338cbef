import type { KindnessWhat } from '../kindness/kindness-moment.ts';
import type { ActivityMapping, FoundActivity } from './bring-in.ts';

/** Words in activity names that suggest a kind of body kindness; the person can change each one. */
const hints: readonly (readonly [RegExp, KindnessWhat])[] = [
  [/\b(water|hydrat\w*|drink water|wasser|agua|eau)\b/i, 'drank-water'],
  [/\b(sleep\w*|nap|rest\w*|relax\w*|early night|schlaf\w*|dormir|sieste)\b/i, 'rested'],
  [
    /\b(walk\w*|stretch\w*|yoga|movement|moving|swim\w*|dance|dancing|spazier\w*|caminar|marche)\b/i,
    'moved-gently',
  ],
  [/\b(eat\w*|meal|breakfast|lunch|dinner|cook\w*|ate|essen|comer|repas)\b/i, 'ate-when-hungry'],
  [/\b(meditat\w*|mindful\w*|breath\w*|presence|nature|sunshine)\b/i, 'presence-when-nothing-wrong'],
];

/** A first mapping for every activity name in the file: a suggestion where one fits, else none. */
export function suggestKindness(activities: readonly FoundActivity[]): ActivityMapping {
  const mapping = new Map<string, KindnessWhat | null>();
  for (const { activity } of activities) {
    if (mapping.has(activity)) continue;
    mapping.set(activity, hints.find(([pattern]) => pattern.test(activity))?.[1] ?? null);
  }
  // Names such as "__proto__" from a file must stay plain keys.
  return Object.fromEntries(mapping);
}
