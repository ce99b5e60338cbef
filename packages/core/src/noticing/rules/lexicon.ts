import { any } from './rule.ts';

// Word classes the rules share, in plain words (lower case, contractions expanded).

/** Words that can sit between a subject, a modal and a verb: "I really should", "I just want to". */
export const ADVERB = any(
  'really', 'just', 'honestly', 'seriously', 'literally', 'actually', 'truly', 'so', 'still', 'always',
  'often', 'sometimes', 'constantly', 'genuinely', 'desperately', 'badly', 'kind of', 'sort of', 'kinda',
  'sorta', 'even', 'simply', 'totally', 'fucking', 'also', 'probably', 'definitely', 'already', 'clearly',
  'obviously', 'absolutely', 'at least', 'only', 'secretly', 'quietly', 'kind of just', 'almost', 'now',
  'sometimes just', 'occasionally', 'all', 'completely', 'utterly', 'very', 'too', 'pretty',
);
export const ADVERBS = `(?:${ADVERB} ){0,3}`;

/** How the writer says "I am" and its kin before a description of themselves. */
export const I_AM = any(
  'am', 'was', 'feel', 'felt', 'feel like', 'felt like', 'feeling', 'feeling like', 'have become',
  'became', 'am becoming', 'will always be', 'will never be anything but', 'am nothing but', 'seem',
  'must be', 'have always been', 'have been', 'am being', 'think i am', 'know i am', 'guess i am',
);

/** A person the writer knows, as a subject: "my sister", "my boss". */
export const SOMEONE = any(
  'he', 'she', 'they', 'everyone', 'everybody', 'people', 'others', 'other people', 'nobody', 'no one',
  `my ${any('[a-z]+')}`, 'the others', 'all of them', 'they all', 'everyone else', 'my friends',
);

/** A role a person can judge themselves in: "a terrible mother". */
export const ROLE = any(
  'person', 'human', 'human being', 'mother', 'mom', 'mum', 'father', 'dad', 'parent', 'friend', 'partner',
  'wife', 'husband', 'girlfriend', 'boyfriend', 'daughter', 'son', 'sister', 'brother', 'student',
  'employee', 'worker', 'teacher', 'man', 'woman', 'girl', 'guy', 'adult', 'role model', 'child', 'kid',
  'grandchild', 'christian', 'muslim', 'boss', 'colleague', 'lover', 'people person', 'manager',
);
