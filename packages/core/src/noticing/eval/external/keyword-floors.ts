import type { NoticingPattern } from '../../noticing-types.ts';

/**
 * The simplest thing that could work: one plain keyword list per pattern, matched anywhere in the
 * text. The engine must do better than these on text it was not written against, or it earns nothing.
 * Fixed before the engine was measured on the external data; do not tune them.
 */
export const keywordFloors: ReadonlyMap<NoticingPattern, RegExp> = new Map<NoticingPattern, RegExp>([
  [
    'crisis',
    /\b(?:suicid\w*|kill(?:ing)? myself|kms|die|dying|dead|death|end (?:it|my life)|self[- ]?harm\w*|cut(?:ting)? myself|overdos\w*|deserve to live)\b/iu,
  ],
  ['should', /\b(?:should|shouldn'?t|must|mustn'?t|ought|have to|has to|supposed to)\b/iu],
  ['behind-or-comparing', /\b(?:behind|compar\w*|than me|everyone else|my age)\b/iu],
  [
    'labelling',
    /\b(?:stupid|idiot|failure|loser|useless|worthless|pathetic|incompetent|defective|broken|weak|bad person|terrible person)\b/iu,
  ],
  ['appearance', /\b(?:ugly|fat|unattractive|body|weight|looks?|face|mirror)\b/iu],
  ['shame-about-needs', /\b(?:needy|clingy|burden|too much|too sensitive|dependent)\b/iu],
  ['on-my-own', /\b(?:alone|lonely|no ?one|nobody|abandon\w*|by myself|on my own)\b/iu],
  [
    'nothing-i-can-do',
    /\b(?:can'?t|cannot|helpless|powerless|trapped|stuck|nothing|no way|no control|out of control|victim)\b/iu,
  ],
  ['catastrophising', /\b(?:worst|disaster|terrible|awful|horrible|ruin\w*|never|forever|catastroph\w*)\b/iu],
  ['mind-reading', /\b(?:thinks?|judg\w*|see me|hates? me|laugh\w* at me|opinion of me)\b/iu],
]);

/** The patterns whose keyword list matches the text. */
export function floorPatterns(text: string): ReadonlySet<NoticingPattern> {
  const found = new Set<NoticingPattern>();
  for (const [pattern, regex] of keywordFloors) if (regex.test(text)) found.add(pattern);
  return found;
}
