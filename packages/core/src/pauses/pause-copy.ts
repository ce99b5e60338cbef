import type { ResourceType } from '../resources/resource.ts';

/**
 * Every phrase Pause shows beside the options, in one place so the tone guard reads them all.
 * docs/CARE.md: invite, never command; "I'm on my own" and "there's nothing I can do" meet real options.
 */
export const pauseCopy = {
  why: {
    person: 'Someone you can reach.',
    phrase: 'Words that steady you.',
    practice: 'Something you can do, here and now.',
    place: 'A place you can go.',
    professional: 'Support whose work this is.',
  } satisfies Record<ResourceType, string>,
  noOptions:
    'When you are ready, you can add people, places, practices and words that steady you. Support now is always here too.',
  reachFirst: 'You do not have to hold this on your own. The people you can reach come first.',
  steadyFirst:
    'There may be more you can do than it feels like right now. Here are the options you gathered.',
} as const;
