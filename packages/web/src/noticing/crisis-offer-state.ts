import { isSetAside, setAsideOf, type FieldNoticing, type SetAsideCrisis } from './field-noticings.ts';

/**
 * Whether the calm offer of Support now shows, and what the person set aside. One state for every
 * field the person writes in, so the offer is one banner whichever field holds the words.
 */
export interface CrisisOfferState {
  /** The crisis sentences the offer is shown for; empty when it is not shown. */
  readonly shownFor: readonly FieldNoticing[];
  /** Every crisis sentence in the watched fields when they were last read. */
  readonly seen: readonly FieldNoticing[];
  readonly setAside: readonly SetAsideCrisis[];
  /** The offer outlived its words (saved and cleared, or the page changed) and has moved once. */
  readonly hasMoved: boolean;
}

export type CrisisOfferEvent =
  /** The watched fields were read again (after a pause in typing): their crisis sentences. */
  | { readonly type: 'read'; readonly crisis: readonly FieldNoticing[] }
  | { readonly type: 'not-now' }
  /** The person went to another page. */
  | { readonly type: 'moved' }
  /** A record got its id on saving: what was set aside under the old name follows it. */
  | { readonly type: 'renamed'; readonly from: string; readonly to: string };

export const quietOffer: CrisisOfferState = { shownFor: [], seen: [], setAside: [], hasMoved: false };

function withoutRepeats(list: readonly SetAsideCrisis[]): SetAsideCrisis[] {
  const byWhere = new Map(list.map((aside) => [`${aside.field}|${aside.start}|${aside.passage}`, aside]));
  return [...byWhere.values()];
}

const renamed = (field: string, from: string, to: string) =>
  field === from || field.startsWith(`${from}:`) ? `${to}${field.slice(from.length)}` : field;

/**
 * New crisis language shows the offer; "Not now" sets aside every crisis sentence there is, so typing
 * on in them does not bring it back, while a new one does. Once shown, the offer stays when its words
 * are saved and cleared, and through the page the app moves to on saving; the next move lets it go.
 */
export function nextCrisisOffer(state: CrisisOfferState, event: CrisisOfferEvent): CrisisOfferState {
  switch (event.type) {
    case 'read': {
      const due = event.crisis.filter((noticing) => !isSetAside(noticing, state.setAside));
      if (due.length > 0) return { ...state, seen: event.crisis, shownFor: due, hasMoved: false };
      return { ...state, seen: event.crisis };
    }
    case 'not-now':
      return {
        ...state,
        shownFor: [],
        setAside: withoutRepeats([...state.setAside, ...setAsideOf([...state.seen, ...state.shownFor])]),
      };
    case 'moved':
      if (state.shownFor.length === 0) return state;
      return state.hasMoved ? { ...state, shownFor: [] } : { ...state, hasMoved: true };
    case 'renamed':
      return {
        ...state,
        setAside: state.setAside.map((aside) => ({
          ...aside,
          field: renamed(aside.field, event.from, event.to),
        })),
      };
  }
}
