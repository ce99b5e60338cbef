import { useLingui as useLanguage } from '@lingui/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../router/router.tsx';
import { SharingStatusLine } from '../../sync/SharingStatusLine.tsx';
import { Page } from '../../ui/Page.tsx';
import type { ConnectionSummary, PracticeSnapshot } from '../../vault/practice-service.ts';
import { ConnectedView } from './ConnectedView.tsx';
import { ConnectFlow } from './ConnectFlow.tsx';
import { ConnectionChooser, useChosenConnection } from './ConnectionChooser.tsx';
import { NeedsAccount } from './NeedsAccount.tsx';
import { SharingExplained } from './SharingExplained.tsx';
import { endedWords } from './practice-words.ts';
import { dayWords } from './shared-titles.ts';
import { activeConnections, usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import '../parts/parts.css';
import './practice.css';

/** An ended connection, said plainly: who ended it and when, with no blame either way. */
export function EndedNotice({
  connection,
  isFocused,
}: {
  connection: ConnectionSummary;
  isFocused: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Shown again in a newly chosen language, with the sentence said outside this component.
  useLanguage();
  const endedOn = connection.endedAt ? dayWords(connection.endedAt) : null;
  useEffect(() => {
    if (isFocused) ref.current?.focus({ preventScroll: false });
  }, [isFocused]);
  return (
    <div className="plain-note" ref={ref} tabIndex={-1} role="status">
      <p>{endedWords(connection.practitionerName, connection.endedBy)}</p>
      <p className="quiet">
        {endedOn ? (
          <>
            <Trans>It ended on {endedOn}.</Trans>{' '}
          </>
        ) : null}
        <Trans>
          What you shared is no longer on the server, and nothing more is shared. Your own entries are all
          still here.
        </Trans>
      </p>
      <p>
        <Link to="/practitioner/log">
          <Trans>See who opened what while you were connected</Trans>
        </Link>
      </p>
    </div>
  );
}

/** The newest connection that has ended, to say so when no connection is open. */
function lastEnded(snapshot: PracticeSnapshot): ConnectionSummary | null {
  return (
    snapshot.connections
      .filter((c) => c.endedAt !== null)
      .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))[0] ?? null
  );
}

export function MyPractitionerView({ snapshot }: { snapshot: PracticeSnapshot }) {
  const active = activeConnections(snapshot);
  const { chosen, choose } = useChosenConnection(active);
  // A connection made or ended here replaces what had focus: say so, and move the keyboard's place to it.
  const isActive = active.length > 0;
  const [wasActive, setWasActive] = useState(isActive);
  const [change, setChange] = useState<'connected' | 'ended' | null>(null);
  if (wasActive !== isActive) {
    setWasActive(isActive);
    setChange(isActive ? 'connected' : 'ended');
  }

  if (snapshot.status === 'unavailable') return <NeedsAccount what="connecting" />;
  const ended = lastEnded(snapshot);
  return (
    <>
      {snapshot.status === 'offline' ? (
        <p className="plain-note">
          <Trans>You seem to be offline. This shows what is saved on this device.</Trans>
        </p>
      ) : null}
      <SharingStatusLine sharing={snapshot.sharing} />
      {chosen ? (
        <>
          <ConnectionChooser connections={active} chosen={chosen} onChoose={choose} />
          <ConnectedView key={chosen.id} connection={chosen} isNew={change === 'connected'} />
        </>
      ) : (
        <>
          {ended ? <EndedNotice connection={ended} isFocused={change === 'ended'} /> : null}
          <p className="lead">
            <Trans>
              If you see a therapist, counsellor or coach, you can share some of what you keep here with them.
            </Trans>
          </p>
          <SharingExplained />
          <ConnectFlow onConnected={() => undefined} />
        </>
      )}
    </>
  );
}

/** "My practitioner": the client's side of the practitioner space. */
export function MyPractitionerScreen() {
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  const { t } = useLingui();
  useEffect(() => {
    void practice.refresh();
  }, [practice]);
  return (
    <Page title={t`My practitioner`} className="practice">
      <MyPractitionerView snapshot={snapshot} />
    </Page>
  );
}
