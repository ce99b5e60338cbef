import type { VaultObject } from '../vault/vault-object.ts';

export const partKind = 'part';

/** How a part came to be; several may apply. */
export const partOrigins = [
  'pain',
  'neglect',
  'abandonment',
  'instability',
  'shame',
  'fear',
  'trauma',
  'unmet-need',
  'other',
] as const;
export type PartOrigin = (typeof partOrigins)[number];

/** Parts-work roles, for people who use that language. */
export const partRoles = ['protector', 'manager', 'firefighter', 'exile', 'not-sure'] as const;
export type PartRole = (typeof partRoles)[number];

/** How present a part has been lately, as the person sees it. A part rests; it is never "done". */
export const partStates = ['active', 'quieter', 'resting'] as const;
export type PartState = (typeof partStates)[number];

export const partLinkKinds = ['protects', 'in-conflict-with', 'close-to'] as const;
export type PartLinkKind = (typeof partLinkKinds)[number];

/** "This part protects / is in conflict with / is close to that part", by record id. */
export type PartLink = { readonly to: string; readonly kind: PartLinkKind };

/** Where the part sits on the person's map of parts. */
export type PartPosition = { readonly x: number; readonly y: number };

/** The person's own words about a part. Every field but the name may stay empty. */
export const partTextFields = [
  'name',
  'description',
  'feels',
  'needs',
  'fearsIfStopped',
  'protects',
  'bodyPlace',
  'feltAge',
  'colourOrSymbol',
] as const;
export type PartTextField = (typeof partTextFields)[number];

export type PartFields = { readonly [K in PartTextField]: string } & {
  readonly origins: readonly PartOrigin[];
  readonly role: PartRole | null;
  /** null until the person chooses one. */
  readonly state: PartState | null;
  /** Archiving hides a part from everyday views and keeps every meeting and word. */
  readonly archived: boolean;
  readonly links: readonly PartLink[];
  /** null until the person arranges the part on the map. */
  readonly position: PartPosition | null;
};

export type Part = VaultObject<PartFields>;

/** What the person may write or choose when creating or editing a part; the rest has its own use case. */
export type PartDraft = Partial<Omit<PartFields, 'archived' | 'links' | 'position'>>;

const short = 200;
const long = 20_000;

export const partLimits = {
  text: {
    name: short,
    description: long,
    feels: long,
    needs: long,
    fearsIfStopped: long,
    protects: long,
    bodyPlace: short,
    feltAge: short,
    colourOrSymbol: short,
  } satisfies Record<PartTextField, number>,
  links: 200,
  /** Map coordinates stay within this distance of the origin. */
  position: 1_000_000,
} as const;

export type PartProblem =
  | 'name-missing'
  | `${PartTextField}-too-long`
  | 'origin-unknown'
  | 'origin-repeated'
  | 'role-unknown'
  | 'state-unknown'
  | 'link-invalid'
  | 'link-to-self'
  | 'link-repeated'
  | 'too-many-links'
  | 'position-invalid';

export type PartResult = { ok: true; part: Part } | { ok: false; problems: PartProblem[] };

export const emptyPartFields: PartFields = {
  name: '',
  description: '',
  feels: '',
  needs: '',
  fearsIfStopped: '',
  protects: '',
  bodyPlace: '',
  feltAge: '',
  colourOrSymbol: '',
  origins: [],
  role: null,
  state: null,
  archived: false,
  links: [],
  position: null,
};
