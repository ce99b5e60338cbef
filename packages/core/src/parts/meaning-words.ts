import type { PartRole } from './part.ts';

/*
 * What the words of parts work mean, in plain words for someone meeting them for the first time. They
 * describe; they never tell a person what their part is or should be. Shown on demand beside the
 * choices that use the words.
 */

export const roleMeanings = {
  protector: 'A part that tries to keep you safe, often in ways that once helped.',
  manager: 'A protector that plans ahead: it tries to keep hard feelings from coming up at all.',
  firefighter:
    'A protector that acts fast once hard feelings are already here, to make them stop or go quiet.',
  exile: 'A part that carries old pain or fear, often a younger part, kept out of sight.',
  'not-sure': 'Any part can be left without a role. The words are there for those who find them useful.',
} as const satisfies Record<PartRole, string>;

export const termMeanings = {
  part: 'A part is one side of you with its own feelings and needs: the one who worries, the one who waits, the one who wants to run. Everyone has many.',
  stance:
    'How you related to the part this time. There is no right answer: noticing it is the point, and it changes over time.',
  presence:
    'How much of you was here while you met it: present, in and out, or far away (dissociated). All of them are worth noticing.',
  projection:
    'Sometimes a feeling from long ago lands on someone now, and you see them through it. Noticing that, even much later, is a step.',
} as const;

export type PlainTerm = keyof typeof termMeanings;
