import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { nextCrisisOffer, quietOffer } from './crisis-offer-state.ts';
import { isCrisis, type NoticeField } from './field-noticings.ts';

/** Noticing waits for a pause in typing; the engine itself takes about a millisecond. */
export const settleMs = 300;

interface Noticing {
  /** Whether gentle noticing is on (crisis language is always noticed). */
  readonly isGentleOn: boolean;
  /** The words of a field, as they are now; empty words stop watching it. */
  watch(field: string, text: string): void;
  readonly dismissedGentle: ReadonlySet<string>;
  dismissGentle(key: string): void;
  /** A new record got its id on saving: what was dismissed under the old name follows it. */
  rename(from: string, to: string): void;
  /** Whether the calm offer of Support now is due, and the person's "Not now". */
  readonly isOfferShown: boolean;
  notNow(): void;
  /** The person went to another page. */
  moved(): void;
  /** The engine, once loaded; null before (nothing is noticed yet, and nothing is lost: it reads again). */
  readonly noticeField: NoticeField | null;
}

/**
 * Loads the engine, or the load already under way in `held`. A failed load (the app updated on the
 * server while offline, say) is forgotten, so the next watch tries again; a loaded module is the
 * platform's to keep, so a provider mounted after a lock has it at once.
 */
function loadEngine(held: { current: Promise<NoticeField> | null }): Promise<NoticeField> {
  held.current ??= import('./notice-engine.ts').then(
    (m) => m.noticeField,
    (error: unknown) => {
      held.current = null;
      throw error;
    },
  );
  return held.current;
}

const Context = createContext<Noticing | null>(null);

/**
 * One watch over every field a person writes in: crisis language in any of them makes one calm offer
 * of Support now due (the shell shows it, `CrisisOfferBanner`), and what the person dismissed is
 * remembered while the app stays as it is. Everything
 * here is in memory only; the shell remounts it when the vault locks, so nothing outlives that.
 */
export function NoticingProvider({ isGentleOn, children }: { isGentleOn: boolean; children: ReactNode }) {
  const texts = useRef(new Map<string, string>());
  const [changes, setChanges] = useState(0);
  const [offer, dispatch] = useReducer(nextCrisisOffer, quietOffer);
  const [dismissedGentle, setDismissedGentle] = useState<ReadonlySet<string>>(new Set());
  const [noticeField, setNoticeField] = useState<NoticeField | null>(null);
  const engine = useRef<Promise<NoticeField> | null>(null);

  const watch = useCallback((field: string, text: string) => {
    if (text.trim()) texts.current.set(field, text);
    else if (!texts.current.delete(field)) return;
    setChanges((n) => n + 1);
  }, []);

  // The engine loads as soon as anything is watched, while the person is still typing.
  useEffect(() => {
    if (noticeField || texts.current.size === 0) return;
    let isCurrent = true;
    loadEngine(engine).then(
      (loaded) => {
        if (isCurrent) setNoticeField(() => loaded);
      },
      () => undefined, // Offline and not cached: the next change tries again.
    );
    return () => {
      isCurrent = false;
    };
  }, [changes, noticeField]);

  useEffect(() => {
    if (!noticeField) return;
    const timer = setTimeout(() => {
      const crisis = [...texts.current].flatMap(([field, text]) => noticeField(field, text).filter(isCrisis));
      dispatch({ type: 'read', crisis });
    }, settleMs);
    return () => clearTimeout(timer);
  }, [changes, noticeField]);

  const dismissGentle = useCallback(
    (key: string) => setDismissedGentle((before) => new Set([...before, key])),
    [],
  );
  const rename = useCallback((from: string, to: string) => {
    dispatch({ type: 'renamed', from, to });
    const prefix = `${from}:`;
    setDismissedGentle(
      (before) =>
        new Set(
          [...before].map((key) => (key.startsWith(prefix) ? `${to}:${key.slice(prefix.length)}` : key)),
        ),
    );
  }, []);

  const notNow = useCallback(() => dispatch({ type: 'not-now' }), []);
  const moved = useCallback(() => dispatch({ type: 'moved' }), []);
  const isOfferShown = offer.shownFor.length > 0;
  const value = useMemo(
    () => ({
      isGentleOn,
      watch,
      dismissedGentle,
      dismissGentle,
      rename,
      isOfferShown,
      notNow,
      moved,
      noticeField,
    }),
    [isGentleOn, watch, dismissedGentle, dismissGentle, rename, isOfferShown, notNow, moved, noticeField],
  );
  return <Context value={value}>{children}</Context>;
}

export function useNoticing(): Noticing {
  const noticing = useContext(Context);
  if (!noticing) throw new Error('useNoticing needs a NoticingProvider');
  return noticing;
}
