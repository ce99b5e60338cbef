import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, type ErrorWords } from '../copy/error-messages.ts';

export interface ActionState {
  readonly busy: boolean;
  readonly problem: string | null;
  readonly error: unknown;
}

/**
 * Runs one async action at a time for a form: tracks busy, turns a thrown error into gentle words,
 * and ignores results that arrive after the form has gone. A second run while one is going does
 * nothing (returns false), so a busy button can stay focusable with `aria-disabled` instead of
 * `disabled`: a disabled button drops the keyboard's focus to the page.
 */
export function useAction(overrides?: ErrorWords) {
  const [state, setState] = useState<ActionState>({ busy: false, problem: null, error: null });
  const mounted = useRef(true);
  const running = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setState({ busy: true, problem: null, error: null });
      try {
        await action();
        if (mounted.current) setState({ busy: false, problem: null, error: null });
        return true;
      } catch (error) {
        if (mounted.current) setState({ busy: false, problem: describeError(error, overrides), error });
        return false;
      } finally {
        running.current = false;
      }
    },
    [overrides],
  );

  const clear = useCallback(() => setState({ busy: false, problem: null, error: null }), []);
  const fail = useCallback((problem: string) => setState({ busy: false, problem, error: null }), []);
  return { ...state, run, clear, fail };
}
