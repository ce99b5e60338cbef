import { Trans, useLingui } from '@lingui/react/macro';
import { byNewest, type JournalEntry } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { useJournalEntries } from '../../state/use-journal.ts';
import { EntryList } from './EntryList.tsx';

/** How many entries on each side of the one open. */
const around = 4;

/**
 * The entries written just before and after the open one, newest first, with the open one marked:
 * the journal beside the page on a wide screen, so reading on to the next is one click.
 */
export function NearbyEntries({ entry }: { entry: JournalEntry }) {
  const entries = useJournalEntries();
  const { t } = useLingui();
  const nearby = useMemo(() => {
    const newestFirst = [...entries].sort(byNewest);
    const at = Math.max(
      0,
      newestFirst.findIndex((e) => e.id === entry.id),
    );
    return newestFirst.slice(Math.max(0, at - around), at + around + 1);
  }, [entries, entry.id]);
  return (
    <section aria-labelledby="nearby-heading" className="nearby-entries beside-only">
      <h2 id="nearby-heading">
        <Trans>Written around then</Trans>
      </h2>
      <EntryList entries={nearby} empty={t`Nothing written yet. There is no hurry.`} />
      <p>
        <Link to="/journal">
          <Trans>The whole journal</Trans>
        </Link>
      </p>
    </section>
  );
}
