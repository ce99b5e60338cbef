import { practiceReplyKind, sessionListKind } from '@tend/core';
import { useEffect, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import type { AccessLogView, ConnectionSummary } from '../../vault/practice-service.ts';
import { ConnectionChooser, useChosenConnection } from './ConnectionChooser.tsx';
import { NeedsAccount } from './NeedsAccount.tsx';
import { describePracticeError } from './practice-words.ts';
import { momentWords, sharedItemTitle } from './shared-titles.ts';
import { useAllSharedItems, usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import './practice.css';

/** Whether the server's record still holds together: quiet when it does, clear when it does not. */
export function LogIntegrity({ verified }: { verified: boolean }) {
  if (verified)
    return (
      <p className="quiet log-intact">
        This record is intact: nothing in it was changed after it was written.
      </p>
    );
  return (
    <div className="plain-warning" role="alert">
      <p>
        <strong>This record was changed on the server after it was written.</strong>
      </p>
      <p>
        An entry may have been altered, removed or reordered, so the list below may not show every time your
        shared items were opened. Nothing on this device was changed, and what you share is still sealed. You
        could ask your practitioner about it, and you can stop sharing or end the connection at any time.
      </p>
    </div>
  );
}

interface LogEntriesProps {
  readonly log: AccessLogView;
  readonly practitionerName: string;
  /** A name for a record of the share: a shared item's title, or what else of the client's it is. */
  readonly nameOf: (recordId: string) => string | null;
}

/** What one opening covered, named where this device knows the records; the rest counted. */
export function openedWords(itemIds: readonly string[], nameOf: (id: string) => string | null): string {
  if (!itemIds.length) return 'Nothing was shared at the time.';
  const names = itemIds.map(nameOf);
  const known = [...new Set(names.filter((n): n is string => n !== null))];
  const others = names.length - names.filter((n) => n !== null).length;
  const rest = others
    ? [`${others} ${others === 1 ? 'record' : 'records'} this device cannot name, such as their own notes`]
    : [];
  return [...known, ...rest].join('; ');
}

/** Every time the practitioner opened what was shared, newest first. */
export function LogEntries({ log, practitionerName, nameOf }: LogEntriesProps) {
  const shown = useShowMore(log.entries.length, 50);
  if (!log.entries.length)
    return <p className="empty">{practitionerName} has not opened anything you shared yet.</p>;
  return (
    <>
      <ol className="entry-list access-log">
        {log.entries.slice(0, shown.count).map((entry) => (
          <li key={entry.seq}>
            <span className="entry-title">
              {practitionerName} opened what you share · {momentWords(entry.at)}
            </span>
            <span className="entry-snippet">{openedWords(entry.itemIds, nameOf)}</span>
          </li>
        ))}
      </ol>
      {shown.hasMore ? <ShowMoreButton label="Show earlier times" onShowMore={shown.showMore} /> : null}
    </>
  );
}

function ConnectionLog({ connection }: { connection: ConnectionSummary }) {
  const { vault } = useApp();
  const practice = usePractice();
  const items = useAllSharedItems();
  const [log, setLog] = useState<AccessLogView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    practice
      .accessLog(connection.id)
      .then((view) => isCurrent && setLog(view))
      .catch((error: unknown) => isCurrent && setProblem(describePracticeError(error)));
    return () => {
      isCurrent = false;
    };
  }, [practice, connection.id]);

  const nameOf = (recordId: string): string | null => {
    const item = items.find((i) => i.id === recordId);
    if (item) return sharedItemTitle(item, (id) => vault.get(id));
    const object = vault.get(recordId);
    if (object?.kind === sessionListKind) return 'Your list for the session';
    if (object?.kind === practiceReplyKind) return 'Your replies';
    return null;
  };

  return (
    <>
      <p className="lead">
        Each time {connection.practitionerName} opens what you share, the server writes it down here. The
        record is checked on this device.
      </p>
      <Notice tone="problem">{problem}</Notice>
      {log ? (
        <>
          <LogIntegrity verified={log.verified} />
          <LogEntries log={log} practitionerName={connection.practitionerName} nameOf={nameOf} />
        </>
      ) : problem ? null : (
        <p className="quiet" role="status">
          One moment…
        </p>
      )}
    </>
  );
}

/** "Who opened what": the access log of every connection, ended ones included. */
export function AccessLogScreen() {
  const snapshot = usePracticeSnapshot();
  const connections = [...snapshot.connections].sort((a, b) => b.connectedAt - a.connectedAt);
  const { chosen, choose } = useChosenConnection(connections);
  return (
    <Page title="Who opened what" className="practice">
      {snapshot.status === 'unavailable' ? (
        <NeedsAccount what="Sharing with a practitioner" />
      ) : chosen ? (
        <>
          <ConnectionChooser connections={connections} chosen={chosen} onChoose={choose} />
          <ConnectionLog key={chosen.id} connection={chosen} />
        </>
      ) : (
        <p>You have not connected with a practitioner, so nobody has opened anything.</p>
      )}
      <p>
        <Link to="/practitioner">Back to my practitioner</Link>
      </p>
    </Page>
  );
}
