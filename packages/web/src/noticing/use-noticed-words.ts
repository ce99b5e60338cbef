import { useEffect, useMemo } from 'react';
import { isCrisis, type FieldNoticing } from './field-noticings.ts';
import { settleMs, useNoticing } from './noticing-provider.tsx';
import { useDebounced } from './use-debounced.ts';

export interface WatchedWords {
  /** Names the record and the field, e.g. "pause:<id>:whatHappened". */
  readonly field: string;
  readonly text: string;
}

/**
 * Watches the words of one or more fields: crisis language in them brings the one offer of Support
 * now (always), and the gentle noticings in them are returned when `isGentle` and the setting allow.
 */
export function useNoticedWords(words: readonly WatchedWords[], isGentle: boolean): FieldNoticing[] {
  const { watch, isGentleOn, dismissedGentle, noticeField } = useNoticing();
  const joined = words.map((w) => `${w.field}\u0000${w.text}`).join('\u0001');

  useEffect(() => {
    for (const { field, text } of words) watch(field, text);
    // Keyed on `joined`, the words as one string: `words` itself is a new array on every render.
  }, [joined, watch]);

  const fields = words.map((w) => w.field).join('\u0001');
  useEffect(
    () => () => {
      for (const field of fields.split('\u0001')) watch(field, '');
    },
    [fields, watch],
  );

  const settled = useDebounced(joined, settleMs);
  return useMemo(() => {
    if (!isGentle || !isGentleOn || !noticeField) return [];
    return settled
      .split('\u0001')
      .filter(Boolean)
      .flatMap((pair) => {
        const [field = '', text = ''] = pair.split('\u0000');
        return noticeField(field, text);
      })
      .filter((noticing) => !isCrisis(noticing) && !dismissedGentle.has(noticing.key));
  }, [settled, isGentle, isGentleOn, dismissedGentle, noticeField]);
}
