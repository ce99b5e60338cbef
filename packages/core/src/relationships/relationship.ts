import type { VaultObject } from '../vault/vault-object.ts';

export const relationshipKind = 'relationship';

/**
 * What kind of relationship this is (DOMAIN.md calls it "kind"). The field is named `type` so it never
 * reads as the record's own `kind`.
 */
export const relationshipTypes = [
  'partner',
  'family',
  'child',
  'friend',
  'co-parent',
  'colleague',
  'community',
  'practitioner',
  'other',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** Old roles I have played with this person; `own-words` carries the person's own name for a role. */
export const playedRoles = ['appeaser', 'over-functioner', 'caretaker', 'peacemaker', 'own-words'] as const;
export type PlayedRole = (typeof playedRoles)[number];

export type RoleIPlay = {
  readonly role: PlayedRole;
  /** The role in the person's words; used when `role` is `own-words`, empty otherwise. */
  readonly words: string;
  /** Whether I am putting this role down. */
  readonly puttingDown: boolean;
};

/** The three questions of changing (see `fearQuestions`), or the person's own words. */
export const changeFears = ['still-love-me', 'will-they-stay', 'will-i-be-alone', 'own-words'] as const;
export type ChangeFear = (typeof changeFears)[number];

export type FearOfChanging = { readonly fear: ChangeFear; readonly words: string };

/** The path I see this relationship on now. */
export const relationshipPaths = [
  'evolving',
  'staying-while-changing-my-boundaries',
  'falling-away',
  'ended',
  'not-sure',
] as const;
export type RelationshipPath = (typeof relationshipPaths)[number];

/** One change of path, dated; a short note may say what moved. */
export type PathChange = { readonly path: RelationshipPath; readonly at: number; readonly note: string };

/** A boundary I am practising, since `at`. A removed boundary is kept as null so a merge cannot revive it. */
export type Boundary = { readonly text: string; readonly at: number };

/**
 * Path changes and boundaries are each their own field, keyed by a new id, rather than one list: two
 * devices adding to the same relationship offline then merge field by field and keep both.
 */
export type PathKey = `path:${string}`;
export type BoundaryKey = `boundary:${string}`;

export type RelationshipAbout = {
  readonly name: string;
  readonly type: RelationshipType | null;
  readonly roles: readonly RoleIPlay[];
  readonly fears: readonly FearOfChanging[];
  /** Parts that show up with this person, by record id. */
  readonly partIds: readonly string[];
};

export type PathEntries = { readonly [key: PathKey]: PathChange };
export type BoundaryEntries = { readonly [key: BoundaryKey]: Boundary | null };

export type RelationshipFields = RelationshipAbout & PathEntries & BoundaryEntries;

export type Relationship = VaultObject<RelationshipFields>;

export const relationshipLimits = {
  name: 200,
  words: 500,
  roles: 50,
  fears: 50,
  parts: 200,
  boundary: 2_000,
  pathNote: 2_000,
} as const;

export type RelationshipProblem =
  | 'name-missing'
  | 'name-too-long'
  | 'type-unknown'
  | 'role-unknown'
  | 'role-words-missing'
  | 'role-words-too-long'
  | 'role-repeated'
  | 'too-many-roles'
  | 'fear-unknown'
  | 'fear-words-missing'
  | 'fear-words-too-long'
  | 'fear-repeated'
  | 'too-many-fears'
  | 'part-invalid'
  | 'part-repeated'
  | 'too-many-parts'
  | 'path-unknown'
  | 'path-unchanged'
  | 'path-when-invalid'
  | 'path-note-too-long'
  | 'boundary-empty'
  | 'boundary-too-long'
  | 'boundary-when-invalid'
  | 'boundary-not-found';

export type RelationshipResult =
  { ok: true; relationship: Relationship } | { ok: false; problems: RelationshipProblem[] };

export const emptyRelationshipAbout: Omit<RelationshipAbout, 'name'> = {
  type: null,
  roles: [],
  fears: [],
  partIds: [],
};

export const pathPrefix = 'path:';
export const boundaryPrefix = 'boundary:';
export const pathKey = (id: string): PathKey => `path:${id}`;
export const boundaryKey = (id: string): BoundaryKey => `boundary:${id}`;
export const isPathKey = (key: string): key is PathKey => key.startsWith(pathPrefix);
export const isBoundaryKey = (key: string): key is BoundaryKey => key.startsWith(boundaryPrefix);
