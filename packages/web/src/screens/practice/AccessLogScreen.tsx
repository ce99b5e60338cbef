import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { groupAccessLog, practiceReplyKind, sessionListKind, type ViewingSession } from '@tend/core';
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { formatWhen } from '../../ui/dates.ts';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import type { AccessLogView, ConnectionSummary } from '../../vault/practice-service.ts';
import { ConnectionChooser, useChosenConnection } from './ConnectionChooser.tsx';
import { NeedsAccount } from './NeedsAccount.tsx';
import { openedNames, sessionSentence, type RecordName } from './access-log-words.ts';
import { describePracticeError } from './practice-words.ts';
import { sharedItemTitle } from './shared-titles.ts';
import { useAllSharedItems, usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import './practice.css';

/** Whether the server's record still holds together: quiet when it does, clear when it does not. */
export function LogIntegrity({ verified }: { verified: boolean }) {
  if (verified)
    return (
      <p className="quiet log-intact">
        <Trans>This record is intact: nothing in it was changed after it was written.</Trans>
      </p>
    );
  return (
    <div className="plain-warning" role="alert">
      <p>
        <strong>
          <Trans>This record was changed on the server after it was written.</Trans>
        </strong>
      </p>
      <p>
        <Trans>
          An entry may have been altered, removed or reordered, so the list below may not show every time your
          shared items were opened. Nothing on this device was changed, and what you share is still sealed.
          You could ask your practitioner about it, and you can stop sharing or end the connection at any
          time.
        </Trans>
      </p>
    </div>
  );
}

interface LogEntriesProps {
  readonly log: AccessLogView;
  readonly practitionerName: string;
  /** What a record of the share is: a shared item's title, or what else of the client's it is. */
  readonly nameOf: (recordId: string) => RecordName;
}

/** The log's own entries behind one viewing session, on demand: every fetch, as the server wrote it. */
function SessionDetails({
  session,
  practitionerName,
  nameOf,
}: LogEntriesProps & { session: ViewingSession }) {
  const count = session.entries.length;
  return (
    <details className="log-details">
      <summary>
        <Plural value={count} one="The one opening behind this" other="The # openings behind this" />
      </summary>
      <ol>
        {session.entries.map((entry) => {
          const number = entry.seq;
          const at = formatWhen(entry.at, 'seconds');
          const opened = openedNames(entry.itemIds, nameOf, practitionerName);
          return (
            <li key={entry.seq}>
              <Trans>
                Entry {number} · {at} · {opened}
              </Trans>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/**
 * Every time the practitioner looked at what was shared, newest first: fetches a few minutes apart are
 * one viewing session, each with the log's own entries behind it.
 */
export function LogEntries({ log, practitionerName, nameOf }: LogEntriesProps) {
  const sessions = useMemo(() => groupAccessLog(log.entries), [log.entries]);
  const shown = useShowMore(sessions.length, 50);
  const { t } = useLingui();
  const who = practitionerName;
  if (!sessions.length)
    return (
      <p className="empty">
        <Trans>{who} has not opened anything you shared yet.</Trans>
      </p>
    );
  return (
    <>
      <ol className="entry-list access-log">
        {sessions.slice(0, shown.count).map((session) => (
          <li key={session.entries[0]?.seq ?? session.from}>
            <span className="entry-title">{sessionSentence(session, practitionerName, nameOf)}</span>
            <span className="entry-snippet">{openedNames(session.itemIds, nameOf, practitionerName)}</span>
            <SessionDetails session={session} log={log} practitionerName={practitionerName} nameOf={nameOf} />
          </li>
        ))}
      </ol>
      {shown.hasMore ? <ShowMoreButton label={t`Show earlier times`} onShowMore={shown.showMore} /> : null}
    </>
  );
}

function ConnectionLog({ connection }: { connection: ConnectionSummary }) {
  const { vault } = useApp();
  const practice = usePractice();
  const items = useAllSharedItems();
  const [log, setLog] = useState<AccessLogView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const name = connection.practitionerName;

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

  const nameOf = (recordId: string): RecordName => {
    const item = items.find((i) => i.id === recordId);
    if (item) return { type: 'item', title: sharedItemTitle(item, (id) => vault.get(id)) };
    const object = vault.get(recordId);
    if (object?.kind === sessionListKind) return { type: 'session-list' };
    if (object?.kind === practiceReplyKind) return { type: 'replies' };
    return null;
  };

  return (
    <>
      <p className="lead">
        <Trans>
          Each time {name} opens what you share, the server writes it down. Openings a few minutes apart are
          shown together, as one sitting; every one of them is behind it, and the whole record is checked on
          this device.
        </Trans>
      </p>
      <Notice tone="problem">{problem}</Notice>
      {log ? (
        <>
          <LogIntegrity verified={log.verified} />
          <LogEntries log={log} practitionerName={connection.practitionerName} nameOf={nameOf} />
        </>
      ) : problem ? null : (
        <p className="quiet" role="status">
          <Trans>One moment…</Trans>
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
  const { t } = useLingui();
  return (
    <Page title={t`Who opened what`} className="practice">
      {snapshot.status === 'unavailable' ? (
        <NeedsAccount what="sharing" />
      ) : chosen ? (
        <>
          <ConnectionChooser connections={connections} chosen={chosen} onChoose={choose} />
          <ConnectionLog key={chosen.id} connection={chosen} />
        </>
      ) : (
        <p>
          <Trans>You have not connected with a practitioner, so nobody has opened anything.</Trans>
        </p>
      )}
      <p>
        <Link to="/practitioner">
          <Trans>Back to my practitioner</Trans>
        </Link>
      </p>
    </Page>
  );
}
