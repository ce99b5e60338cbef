import type { LookingBackSpan } from '@tend/core';
import { useState } from 'react';

/** The span last chosen, kept while Tend is open, so the overview and each view look back as far. */
let chosen: LookingBackSpan = 'season';

export function useChosenSpan(): readonly [LookingBackSpan, (span: LookingBackSpan) => void] {
  const [span, setSpan] = useState(chosen);
  const choose = (next: LookingBackSpan) => {
    chosen = next;
    setSpan(next);
  };
  return [span, choose];
}
