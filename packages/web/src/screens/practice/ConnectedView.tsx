import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import { Link } from '../../router/router.tsx';
import type { ConnectionSummary } from '../../vault/practice-service.ts';
import { EndConnectionSection } from './EndConnectionSection.tsx';
import { HowTheySeeMe } from './HowTheySeeMe.tsx';
import { PractitionerNotes } from './PractitionerNotes.tsx';
import { dayWords } from './shared-titles.ts';
import { usePractice } from '../../state/use-practice.ts';
import { GoingForward, WhatYouShare } from './WhatYouShare.tsx';

/** Who the client is connected with, in a sentence. */
export function ConnectionLine({
  connection,
  isNew = false,
}: {
  connection: ConnectionSummary;
  isNew?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const practitionerName = connection.practitionerName;
  const practiceName = connection.practiceName ? connection.practiceName : null;
  const myName = connection.myName;
  const since = dayWords(connection.connectedAt);
  useEffect(() => {
    if (isNew) ref.current?.focus({ preventScroll: false });
  }, [isNew]);
  return (
    <div ref={ref} tabIndex={-1} className="connection-line">
      {isNew ? (
        <p className="notice notice-success" role="status">
          <Trans>You are connected. Nothing is shared until you choose.</Trans>
        </p>
      ) : null}
      <p className="lead">
        {practiceName ? (
          <Trans>
            You are connected with <strong>{practitionerName}</strong>, {practiceName}, since {since}.
          </Trans>
        ) : (
          <Trans>
            You are connected with <strong>{practitionerName}</strong>, since {since}.
          </Trans>
        )}{' '}
        <Trans>
          They see you as <strong>{myName}</strong>.
        </Trans>
      </p>
    </div>
  );
}

function EndConnection({ connection }: { connection: ConnectionSummary }) {
  const practice = usePractice();
  const name = connection.practitionerName;
  return (
    <EndConnectionSection
      name={connection.practitionerName}
      intro={
        <p className="quiet">
          <Trans>
            You can end it at any time, for any reason. What you shared leaves the server at once; your own
            words stay in your vault.
          </Trans>
        </p>
      }
      onEnd={() => practice.endConnection({ connectionId: connection.id })}
    >
      <p>
        <Trans>
          From this moment {name} will no longer see anything you shared, and nothing more will reach them.
          Your entries stay in your vault. If you would like to connect again later, they can send you a new
          invitation.
        </Trans>
      </p>
    </EndConnectionSection>
  );
}

/** The client's side of one open connection. */
export function ConnectedView({
  connection,
  isNew = false,
}: {
  connection: ConnectionSummary;
  isNew?: boolean;
}) {
  return (
    <>
      <ConnectionLine connection={connection} isNew={isNew} />
      <div className="actions">
        <Link to="/practitioner/session" className="button">
          <Trans>Bring to session</Trans>
        </Link>
        <Link to="/practitioner/log" className="button">
          <Trans>Who opened what</Trans>
        </Link>
      </div>
      <PractitionerNotes connection={connection} />
      <WhatYouShare connection={connection} />
      <GoingForward connection={connection} />
      <HowTheySeeMe connection={connection} />
      <EndConnection connection={connection} />
    </>
  );
}
