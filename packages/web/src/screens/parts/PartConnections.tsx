import { useLingui } from '@lingui/react/macro';
import { byWhen, griefSubjectWords, meetingExcerpt, type Meeting, type Part } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { useGriefs } from '../../state/use-parts.ts';
import { usePauses } from '../../state/use-pauses.ts';
import { useRelationships } from '../../state/use-relationships.ts';
import { LinkedEntries } from '../journal/LinkedEntries.tsx';
import { pauseDateWords } from '../pause/pause-words.ts';
import { formatWhen } from '../../ui/dates.ts';
import { useCoreWord } from '../../i18n/core-words.ts';

const recentCount = 5;
const dayOf = (ms: number): string => formatWhen(ms, 'day');

function ListOrQuiet({
  heading,
  empty,
  items,
}: {
  heading: string;
  empty: string;
  items: readonly { key: string; to: string; text: string }[];
}) {
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {items.length ? (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.key}>
              <Link to={item.to}>{item.text}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quiet">{empty}</p>
      )}
    </section>
  );
}

/**
 * Everything that belongs with a part, each linking to its own page: its latest meetings, the people
 * it shows up with, its griefs, the pauses it was noticed in and the journal entries about it.
 */
export function PartConnections({ part, meetings }: { part: Part; meetings: readonly Meeting[] }) {
  const people = useRelationships().filter((r) => r.fields.partIds.includes(part.id));
  const griefs = useGriefs().filter((g) => g.fields.partId === part.id);
  const allPauses = usePauses();
  const { t } = useLingui();
  const word = useCoreWord();
  const pauses = useMemo(
    () =>
      allPauses
        .filter((p) => p.fields.partIds.includes(part.id))
        .sort((a, b) => b.fields.startedAt - a.fields.startedAt),
    [allPauses, part.id],
  );
  const own = useMemo(
    () =>
      meetings
        .filter((m) => m.fields.partIds.includes(part.id))
        .sort(byWhen)
        .reverse(),
    [meetings, part.id],
  );
  return (
    <>
      <ListOrQuiet
        heading={t`Latest meetings`}
        empty={t`No meetings yet.`}
        items={own.slice(0, recentCount).map((m) => {
          const excerpt = meetingExcerpt(m, 60);
          return {
            key: m.id,
            to: `/meetings/${m.id}`,
            text: excerpt ? `${dayOf(m.fields.when)}: ${excerpt}` : dayOf(m.fields.when),
          };
        })}
      />
      <ListOrQuiet
        heading={t`People it shows up with`}
        empty={t`No people linked. A person’s page can say which parts show up with them.`}
        items={people.map((r) => ({ key: r.id, to: `/people/${r.id}`, text: r.fields.name }))}
      />
      <ListOrQuiet
        heading={t`Its griefs`}
        empty={t`No griefs belong with this part.`}
        items={griefs.map((g) => ({
          key: g.id,
          to: `/grief/${g.id}`,
          text: g.fields.title.trim() || word(griefSubjectWords[g.fields.what]),
        }))}
      />
      <ListOrQuiet
        heading={t`Pauses it was part of`}
        empty={t`No pauses noted with this part.`}
        items={pauses
          .slice(0, recentCount)
          .map((p) => ({ key: p.id, to: `/pauses/${p.id}`, text: pauseDateWords(p.fields.startedAt) }))}
      />
      <LinkedEntries kind="parts" id={part.id} />
    </>
  );
}
