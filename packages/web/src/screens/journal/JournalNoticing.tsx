import { useMemo, useRef } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { CrisisOffer } from '../../noticing/CrisisOffer.tsx';
import {
  isCrisisOfferDue,
  noticeJournal,
  setAsideOf,
  type FieldNoticing,
} from '../../noticing/journal-noticings.ts';
import { NoticedGently } from '../../noticing/NoticedGently.tsx';
import { useDebounced } from '../../noticing/use-debounced.ts';
import { useDrafts } from './drafts.tsx';

/** Noticing waits for a pause in typing; the engine itself takes about a millisecond. */
const settleMs = 300;

interface JournalNoticingProps {
  readonly entryKey: string;
  readonly title: string;
  readonly body: string;
}

/**
 * Gentle noticing and the crisis offer under an entry's words. The crisis offer shows whatever the
 * "Gentle noticing" setting says: it is about safety, and it can always be set aside with "Not now".
 */
export function JournalNoticing({ entryKey, title, body }: JournalNoticingProps) {
  const { settings } = useVaultSession();
  const { dismissed, dismiss } = useDrafts();
  const area = useRef<HTMLDivElement>(null);
  const settledTitle = useDebounced(title, settleMs);
  const settledBody = useDebounced(body, settleMs);
  const found = useMemo(() => noticeJournal(settledTitle, settledBody), [settledTitle, settledBody]);
  const mine = dismissed[entryKey];
  const gentle = settings.isNoticingOn
    ? found.gentle.filter((noticing) => !mine?.gentle.includes(noticing.key))
    : [];
  const isOfferShown = isCrisisOfferDue(found.crisis, mine?.crisis ?? []);

  // What disappears must not take the keyboard's place with it: focus moves to the next noticing,
  // or to this area, so Tab carries on from here.
  const settleFocus = (index: number | null) => {
    requestAnimationFrame(() => {
      const buttons = area.current?.querySelectorAll<HTMLButtonElement>('.noticed-passage') ?? [];
      const next = index === null ? undefined : buttons[Math.min(index, buttons.length - 1)];
      (next ?? area.current)?.focus();
    });
  };

  const dismissNoticing = (noticing: FieldNoticing, index: number) => {
    dismiss(entryKey, { gentle: [noticing.key] });
    settleFocus(index);
  };

  const notNow = () => {
    dismiss(entryKey, { crisis: setAsideOf(found.crisis) });
    settleFocus(null);
  };

  return (
    <div className="noticing-area" ref={area} tabIndex={-1}>
      <CrisisOffer isShown={isOfferShown} onNotNow={notNow} />
      <NoticedGently noticings={gentle} onDismiss={dismissNoticing} />
    </div>
  );
}
