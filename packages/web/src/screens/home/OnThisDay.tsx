import { localDate, onThisDay, onThisDayWords, type OnThisDayItem } from '@tend/core';
import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useJournalEntries } from '../../state/use-journal.ts';
import { useGriefs, useMeetings } from '../../state/use-parts.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

const pathOf = {
  journal: (id: string) => `/journal/${id}`,
  meeting: (id: string) => `/meetings/${id}`,
  grief: (id: string) => `/grief/${id}`,
} as const satisfies Record<OnThisDayItem['kind'], (id: string) => string>;

/** At most this many on home; the rest wait for another year. */
const shownAtOnce = 3;

/**
 * "A year ago today you wrote…", only when the person turned it on in Settings. Each can be hidden for
 * good on this device; hidden or deleted items never come back.
 */
export function OnThisDay() {
  const { ports } = useApp();
  const session = useVaultSession();
  const { isOnThisDayOn, onThisDayHidden } = session.settings;
  const entries = useJournalEntries();
  const meetings = useMeetings();
  const griefs = useGriefs();
  const action = useAction();
  const [today] = useState(() => localDate(ports.clock.now()));
  const items = useMemo(
    () => (isOnThisDayOn ? onThisDay({ entries, meetings, griefs }, today, new Set(onThisDayHidden)) : []),
    [isOnThisDayOn, entries, meetings, griefs, today, onThisDayHidden],
  );
  if (!items.length) return null;
  const hide = (id: string) =>
    void action.run(() => session.updateSettings({ onThisDayHidden: [...onThisDayHidden, id] }));
  return (
    <section aria-labelledby="on-this-day-heading" className="on-this-day">
      <h2 id="on-this-day-heading">On this day</h2>
      <ul className="entry-list">
        {items.slice(0, shownAtOnce).map((item) => (
          <li key={item.id} className="on-this-day-item">
            <Link to={pathOf[item.kind](item.id)} className="entry-link">
              <span className="entry-snippet">{onThisDayWords(item.yearsAgo)}</span>
              <span className="written-words">{item.words}</span>
            </Link>
            <button
              type="button"
              className="link-button"
              aria-label={`Hide this one: “${item.words.slice(0, 40)}”`}
              onClick={() => hide(item.id)}
            >
              Hide this one
            </button>
          </li>
        ))}
      </ul>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
