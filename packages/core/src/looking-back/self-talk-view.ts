import type { VaultObject } from '../vault/vault-object.ts';
import type { MonthKey } from '../parts/story-month.ts';
import { lookingBackCopy as copy } from './looking-back-copy.ts';
import type { MonthCount } from './month-counts.ts';
import { noticedSelfTalkOf, selfTalkPatterns, type SelfTalkPattern } from './self-talk.ts';

export type SelfTalkCount = { readonly pattern: SelfTalkPattern; readonly count: number };

export type LookingBackSelfTalk = {
  /** Pieces of writing where self-talk was noticed, by the month it was noticed, oldest first. */
  readonly months: readonly MonthCount[];
  /** Pieces of writing with any noticed. */
  readonly pieces: number;
  /** How many pieces of writing each kind was noticed in, in the product’s order; kinds never noticed are left out. */
  readonly byPattern: readonly SelfTalkCount[];
  readonly summary: string;
};

/**
 * How often gentle noticing named harder self-talk over a span, by kind: read from what each record
 * kept when it was saved with noticing on (see self-talk.ts). Crisis language is never among them.
 */
export function selfTalkOf(
  lists: readonly (readonly VaultObject[])[],
  within: (at: number) => boolean,
  monthOf: (ms: number) => MonthKey,
  words: string,
): LookingBackSelfTalk {
  const counts = new Map<SelfTalkPattern, number>();
  const months = new Map<MonthKey, number>();
  let pieces = 0;
  for (const records of lists)
    for (const record of records) {
      const noticed = noticedSelfTalkOf(record);
      if (!noticed || !within(noticed.at)) continue;
      pieces += 1;
      const month = monthOf(noticed.at);
      months.set(month, (months.get(month) ?? 0) + 1);
      for (const pattern of noticed.patterns) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
    }
  const byPattern = selfTalkPatterns.flatMap((pattern) => {
    const count = counts.get(pattern) ?? 0;
    return count ? [{ pattern, count }] : [];
  });
  const summary = pieces
    ? `${copy.selfTalk(
        words,
        pieces,
        byPattern.map((p) => [p.pattern, p.count]),
      )} ${copy.selfTalkWaves}`
    : copy.selfTalkNone(words);
  return {
    months: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, count]) => ({ month, count })),
    pieces,
    byPattern,
    summary,
  };
}
