import { Plural, Trans, useLingui } from '@lingui/react/macro';
import {
  hiddenOnThisDay,
  hiddenToMove,
  hideOnThisDay,
  isOnThisDayHidden,
  localDate,
  onThisDay,
  onThisDayHiddenKind,
  type OnThisDayItem,
} from '@tend/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useJournalEntries } from '../../state/use-journal.ts';
import { useGriefs, useMeetings } from '../../state/use-parts.ts';
import { useVaultObjects } from '../../state/use-vault-objects.ts';
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
 * What was hidden, kept in the vault so every device of the person's hides it. A list this device kept
 * the older way (in its own settings) is moved into the vault once, then emptied; until then both count.
 */
function useHiddenOnThisDay(): ReadonlySet<string> {
  const { vault, ports } = useApp();
  const session = useVaultSession();
  const older = session.settings.onThisDayHidden;
  const records = useVaultObjects(onThisDayHiddenKind, isOnThisDayHidden);
  const isMoving = useRef(false);
  useEffect(() => {
    if (!older.length || isMoving.current) return;
    isMoving.current = true;
    const move = async () => {
      for (const id of hiddenToMove(records, older)) {
        const result = hideOnThisDay(ports, id);
        if (result.ok) await vault.save(result.hidden);
      }
      await session.updateSettings({ onThisDayHidden: [] });
    };
    // Tried again the next time home opens; nothing hidden shows meanwhile.
    move()
      .catch(() => undefined)
      .finally(() => {
        isMoving.current = false;
      });
  }, [older, records, vault, ports, session]);
  return useMemo(() => hiddenOnThisDay(records, older), [records, older]);
}

/**
 * "A year ago today you wrote…", only when the person turned it on in Settings. Each can be hidden for
 * good, on every device; hidden or deleted items never come back.
 */
export function OnThisDay() {
  const { t } = useLingui();
  const { ports, vault } = useApp();
  const { isOnThisDayOn } = useVaultSession().settings;
  const hidden = useHiddenOnThisDay();
  const entries = useJournalEntries();
  const meetings = useMeetings();
  const griefs = useGriefs();
  const action = useAction();
  const [today] = useState(() => localDate(ports.clock.now()));
  const items = useMemo(
    () => (isOnThisDayOn ? onThisDay({ entries, meetings, griefs }, today, hidden) : []),
    [isOnThisDayOn, entries, meetings, griefs, today, hidden],
  );
  if (!items.length) return null;
  const hide = (id: string) => {
    const result = hideOnThisDay(ports, id);
    if (result.ok) void action.run(() => vault.save(result.hidden));
  };
  return (
    <section aria-labelledby="on-this-day-heading" className="on-this-day">
      <h2 id="on-this-day-heading">
        <Trans>On this day</Trans>
      </h2>
      <ul className="entry-list">
        {items.slice(0, shownAtOnce).map((item) => {
          const start = item.words.slice(0, 40);
          const years = item.yearsAgo;
          return (
            <li key={item.id} className="on-this-day-item">
              <Link to={pathOf[item.kind](item.id)} className="entry-link">
                <span className="entry-snippet">
                  <Plural
                    value={years}
                    one="A year ago today you wrote"
                    other="# years ago today you wrote"
                  />
                </span>
                <span className="written-words">{item.words}</span>
              </Link>
              <button
                type="button"
                className="link-button"
                aria-label={t`Hide this one: “${start}”`}
                onClick={() => hide(item.id)}
              >
                <Trans>Hide this one</Trans>
              </button>
            </li>
          );
        })}
      </ul>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
