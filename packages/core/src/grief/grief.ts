import type { VaultObject } from '../vault/vault-object.ts';

export const griefKind = 'grief';

/** What is being grieved. */
export const griefSubjects = [
  'past-self',
  'unlived-timeline',
  'relationship-that-may-not-evolve',
  'role-being-put-down',
  'other',
] as const;
export type GriefSubject = (typeof griefSubjects)[number];

/** One dated piece of writing added on returning to a grief. */
export type GriefAddition = { readonly at: number; readonly text: string };

/**
 * Each addition is its own field, keyed by a new id, rather than one list: two devices adding to the
 * same grief offline then merge field by field without either piece of writing being lost.
 */
export type GriefAdditionKey = `addition:${string}`;

export type GriefAbout = {
  readonly what: GriefSubject;
  readonly title: string;
  /** A part this grief belongs with, by record id, or null. */
  readonly partId: string | null;
  /** A relationship this grief belongs with, by record id, or null. */
  readonly relationshipId: string | null;
};

/** There is no "resolved" or "done" field: a grief is allowed to take its time. */
export type GriefFields = GriefAbout & { readonly [key: GriefAdditionKey]: GriefAddition };

export type Grief = VaultObject<GriefFields>;

export const griefLimits = { title: 300, addition: 200_000 } as const;

export type GriefProblem =
  | 'what-unknown'
  | 'title-too-long'
  | 'part-invalid'
  | 'relationship-invalid'
  | 'addition-empty'
  | 'addition-too-long'
  | 'addition-when-invalid';

export type GriefResult = { ok: true; grief: Grief } | { ok: false; problems: GriefProblem[] };

export const additionPrefix = 'addition:';

export const additionKey = (id: string): GriefAdditionKey => `addition:${id}`;

export const isAdditionKey = (key: string): key is GriefAdditionKey => key.startsWith(additionPrefix);

/** A grief's additions, oldest first, each with its id. */
export function griefAdditions(grief: Grief): (GriefAddition & { readonly id: string })[] {
  const found: (GriefAddition & { id: string })[] = [];
  for (const key of Object.keys(grief.fields)) {
    if (!isAdditionKey(key)) continue;
    const addition = grief.fields[key];
    if (addition) found.push({ id: key.slice(additionPrefix.length), at: addition.at, text: addition.text });
  }
  return found.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
