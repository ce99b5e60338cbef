import type { VaultObject } from '../vault/vault-object.ts';

export const resourceKind = 'resource';

/** What kind of support a resource is: someone to reach, somewhere to go, something to do or say. */
export const resourceTypes = ['person', 'place', 'practice', 'phrase', 'professional'] as const;
export type ResourceType = (typeof resourceTypes)[number];

export const resourceTextFields = ['name', 'reach', 'notes'] as const;
export type ResourceTextField = (typeof resourceTextFields)[number];

export type ResourceFields = { readonly [K in ResourceTextField]: string } & {
  readonly type: ResourceType;
  /** Where the person placed it in their own list; lower comes first. */
  readonly order: number;
};

export type Resource = VaultObject<ResourceFields>;

/** Only the type and the name are needed; how to reach it and notes can come later. */
export type ResourceDraft = Pick<ResourceFields, 'type' | 'name'> & Partial<ResourceFields>;

export const resourceLimits = { name: 200, reach: 2_000, notes: 20_000 } as const;

export type ResourceProblem =
  'type-unknown' | 'name-missing' | `${ResourceTextField}-too-long` | 'order-invalid';

export type ResourceResult = { ok: true; resource: Resource } | { ok: false; problems: ResourceProblem[] };

/** The person's order, then name, then id: a total order, so every device lists them alike. */
export function byResourceOrder(a: Resource, b: Resource): number {
  if (a.fields.order !== b.fields.order) return a.fields.order - b.fields.order;
  const byName = a.fields.name.localeCompare(b.fields.name);
  if (byName) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
