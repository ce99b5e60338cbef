import { byResourceOrder, type Resource, type ResourceType } from '../resources/resource.ts';
import { pauseCopy } from './pause-copy.ts';
import type { Pause, PauseNeed } from './pause.ts';

/** Needs that another person meets best: with any of them, people to reach come first. */
export const reachNeeds = ['connection', 'reassurance', 'to-be-heard', 'comfort', 'safety'] as const;

/** Needs a place may meet: with any of them (and none of the above), places come before people. */
export const placeNeeds = ['space', 'to-move', 'rest'] as const;

export type PauseOption = {
  readonly resource: Resource;
  /** Why it is offered: a gentle line for the option's kind, never a judgement of the resource. */
  readonly why: string;
};

export type PauseOptions = {
  /** Every resource the person gathered, ordered for this moment. None is left out. */
  readonly options: readonly PauseOption[];
  /** The order of kinds used, first to last. */
  readonly order: readonly ResourceType[];
  /** The needs that put people first, or places before people; empty when the usual order holds. */
  readonly because: readonly PauseNeed[];
  /** A sentence to show above the options. */
  readonly note: string;
};

const steadying: readonly ResourceType[] = ['phrase', 'practice'];

/** The order of kinds for this pause, and which of its needs decided it. */
export function optionOrder(pause: Pause): { order: ResourceType[]; because: PauseNeed[] } {
  const needs = pause.fields.needs;
  const reach = needs.filter((n) => (reachNeeds as readonly string[]).includes(n));
  if (reach.length) {
    // Safety can need more than a friend can give: a professional follows the people to reach.
    const people: ResourceType[] = reach.includes('safety') ? ['person', 'professional'] : ['person'];
    return { order: withRest([...people, ...steadying, 'place']), because: reach };
  }
  const place = needs.filter((n) => (placeNeeds as readonly string[]).includes(n));
  if (place.length) return { order: withRest([...steadying, 'place', 'person']), because: place };
  return { order: withRest([...steadying, 'person', 'place']), because: [] };
}

const allTypes: readonly ResourceType[] = ['person', 'phrase', 'practice', 'place', 'professional'];

const withRest = (first: ResourceType[]): ResourceType[] => [
  ...first,
  ...allTypes.filter((t) => !first.includes(t)),
];

/**
 * The person's own resources, ordered so that "I'm on my own / there's nothing I can do" meets real
 * options: people to reach first when the need is for someone, practices and steadying words always
 * near the top otherwise. Within a kind, the person's own order holds. Nothing is hidden or scored.
 */
export function pauseOptions(resources: readonly Resource[], pause: Pause): PauseOptions {
  const { order, because } = optionOrder(pause);
  const rank = (r: Resource) => {
    const at = order.indexOf(r.fields.type);
    return at === -1 ? order.length : at;
  };
  const sorted = [...resources].sort((a, b) => rank(a) - rank(b) || byResourceOrder(a, b));
  const options = sorted.map((resource) => ({
    resource,
    why: pauseCopy.why[resource.fields.type] ?? '',
  }));
  return { options, order, because, note: noteFor(sorted, order) };
}

function noteFor(sorted: readonly Resource[], order: readonly ResourceType[]): string {
  if (!sorted.length) return pauseCopy.noOptions;
  const isReachFirst = order[0] === 'person' && sorted[0]?.fields.type === 'person';
  return isReachFirst ? pauseCopy.reachFirst : pauseCopy.steadyFirst;
}
