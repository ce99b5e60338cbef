import { byResourceOrder, type Resource } from './resource.ts';

export type ResourceRemoval = {
  /** The record to delete from the vault. */
  readonly removedId: string;
  /** What is left, in the person's order. */
  readonly remaining: readonly Resource[];
};

/**
 * Removing a resource is allowed and final: people and places change. Pauses that once showed it
 * keep its id; `pauseOptions` only offers resources that still exist, so nothing else needs to change.
 */
export function removeResource(resources: readonly Resource[], id: string): ResourceRemoval {
  return { removedId: id, remaining: resources.filter((r) => r.id !== id).sort(byResourceOrder) };
}
