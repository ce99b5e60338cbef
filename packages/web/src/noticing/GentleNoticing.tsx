import { useEffect, useRef } from 'react';
import type { FieldNoticing } from './field-noticings.ts';
import { NoticedGently } from './NoticedGently.tsx';
import { useNoticing } from './noticing-provider.tsx';

/**
 * Gentle noticings under the words they came from, each dismissable. What disappears must not take
 * the keyboard's place with it: focus moves to the next noticing, or to this area, so Tab carries on.
 */
interface GentleNoticingProps {
  readonly noticings: readonly FieldNoticing[];
  /** Just saved: bring the noticings into view once, so they are seen without scrolling. */
  readonly isRevealed?: boolean;
}

export function GentleNoticing({ noticings, isRevealed = false }: GentleNoticingProps) {
  const { dismissGentle } = useNoticing();
  const area = useRef<HTMLDivElement>(null);
  const hasRevealed = useRef(false);
  const count = noticings.length;

  useEffect(() => {
    if (!isRevealed) hasRevealed.current = false;
    if (!isRevealed || hasRevealed.current || count === 0) return;
    hasRevealed.current = true;
    area.current?.scrollIntoView({ block: 'center' });
  }, [isRevealed, count]);

  const dismiss = (noticing: FieldNoticing, index: number) => {
    dismissGentle(noticing.key);
    requestAnimationFrame(() => {
      const buttons = area.current?.querySelectorAll<HTMLButtonElement>('.noticed-passage') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? area.current)?.focus();
    });
  };

  return (
    <div className="noticing-area" ref={area} tabIndex={-1}>
      <NoticedGently noticings={noticings} onDismiss={dismiss} />
    </div>
  );
}
