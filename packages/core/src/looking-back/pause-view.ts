import { optionsHelpedOf, pauseNeeds, type Pause, type PauseNeed } from '../pauses/pause.ts';
import { byResourceOrder, type Resource } from '../resources/resource.ts';
import { lookingBackCopy as copy } from './looking-back-copy.ts';
import type { MonthCount } from './month-counts.ts';

/** One of the person's own resources and how many pauses it helped in. */
export type HelpedOption = { readonly resourceId: string; readonly name: string; readonly pauses: number };

export type LookingBackPauses = {
  readonly months: readonly MonthCount[];
  readonly total: number;
  readonly neededMost: readonly PauseNeed[];
  /** The options that helped most often, at most three; ties in the person's own resource order. */
  readonly helpedMost: readonly HelpedOption[];
  /** How often the response being practised came, and the old one: both part of the work. */
  readonly newer: number;
  readonly old: number;
  /** The English sentences of the facts above; each language says them from the facts. */
  readonly summary: string;
};

const most = 3;

/** Pauses over a span: how often, what was needed most, which of the person's options helped. */
export function pausesOf(
  pauses: readonly Pause[],
  months: readonly MonthCount[],
  resources: readonly Resource[],
  words: string,
): LookingBackPauses {
  const needs = new Map<PauseNeed, number>();
  const helped = new Map<string, number>();
  let newer = 0;
  let old = 0;
  for (const pause of pauses) {
    for (const need of pause.fields.needs) needs.set(need, (needs.get(need) ?? 0) + 1);
    for (const id of optionsHelpedOf(pause)) helped.set(id, (helped.get(id) ?? 0) + 1);
    if (pause.fields.response === 'new') newer += 1;
    if (pause.fields.response === 'old') old += 1;
  }
  const neededMost = pauseNeeds
    .filter((need) => (needs.get(need) ?? 0) > 0)
    .sort((a, b) => (needs.get(b) ?? 0) - (needs.get(a) ?? 0))
    .slice(0, most);
  // A resource since deleted is not named: the person let it go.
  const helpedMost = [...resources]
    .sort(byResourceOrder)
    .flatMap((r) => {
      const count = helped.get(r.id) ?? 0;
      return count ? [{ resourceId: r.id, name: r.fields.name, pauses: count }] : [];
    })
    .sort((a, b) => b.pauses - a.pauses)
    .slice(0, most);
  const sentences = [
    copy.pauses(words, pauses.length),
    neededMost.length ? copy.neededMost(neededMost) : '',
    helpedMost.length ? copy.helpedMost(helpedMost.map((h) => h.name)) : '',
    newer + old ? copy.pauseResponses(newer, old) : '',
  ];
  return {
    months,
    total: pauses.length,
    neededMost,
    helpedMost,
    newer,
    old,
    summary: sentences.filter(Boolean).join(' '),
  };
}
