import { localDate, type ClientGlance } from '@tend/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import type { ClientSummary, PracticeSnapshot } from '../../vault/practice-service.ts';
import { dayWords, momentWords } from '../practice/shared-titles.ts';
import { goneClients, useClientGlances, useRememberEnded } from '../../state/use-client-glances.ts';
import { nextSessionWords } from './caseload-words.ts';
import { usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import { InviteSection } from './InviteSection.tsx';
import { PastClients } from './PastClients.tsx';
import { OpenPracticeForm, ProfileForm } from './OpenPracticeForm.tsx';
import '../parts/parts.css';
import '../practice/practice.css';
import './practice-clients.css';

const byName = (a: ClientSummary, b: ClientSummary) =>
  a.name.localeCompare(b.name) || a.connectedAt - b.connectedAt;

/** What the practice home says of one client from the last look: never shared words, only its shape. */
function glanceWords(glance: ClientGlance | undefined, today: string): string[] {
  if (!glance) return ['Not opened yet'];
  const list = glance.fields.sessionList;
  const items = Object.keys(glance.fields.items).length;
  return [
    `Last looked ${momentWords(glance.fields.lastLookedAt)}`,
    items === 1 ? '1 item shared' : `${items} items shared`,
    list && list.points ? `a session list of ${list.points === 1 ? '1 point' : `${list.points} points`}` : '',
    nextSessionWords(list?.forDate ?? null, today) ?? '',
  ].filter(Boolean);
}

/** Every client, with what is new since the practitioner last looked and the next session's date. */
export function ClientsList({
  clients,
  glances = [],
  today = localDate(Date.now()),
}: {
  clients: readonly ClientSummary[];
  glances?: readonly ClientGlance[];
  today?: string;
}) {
  if (!clients.length)
    return <p className="empty">No clients yet. When someone accepts an invitation, they appear here.</p>;
  return (
    <ul className="entry-list">
      {[...clients].sort(byName).map((client) => (
        <li key={client.shareId}>
          <Link to={`/practice/clients/${encodeURIComponent(client.shareId)}`} className="entry-link">
            <span className="entry-title">
              {client.name}
              {client.hasNew ? <span className="new-marker">New since you last looked</span> : null}
            </span>
            <span className="entry-snippet">
              {[
                `Connected since ${dayWords(client.connectedAt)}`,
                ...glanceWords(
                  glances.find((g) => g.fields.shareId === client.shareId),
                  today,
                ),
              ].join(' · ')}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * How clients see the practitioner. When the practice has just opened, the form that had the keyboard's
 * place is gone: the place moves here, and says so.
 */
function ProfileLine({ profile, isNew }: { profile: PracticeSnapshot['profile']; isNew: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isNew) ref.current?.focus({ preventScroll: false });
  }, [isNew]);
  return (
    <div ref={ref} tabIndex={-1} className="profile-line">
      {isNew ? (
        <p className="notice notice-success" role="status">
          Your practice is open.
        </p>
      ) : null}
      {profile ? (
        <p className="lead">
          Clients see you as <strong>{profile.name}</strong>
          {profile.practice ? <>, {profile.practice}</> : null}.
        </p>
      ) : null}
    </div>
  );
}

export function PracticeHome({ snapshot }: { snapshot: PracticeSnapshot }) {
  const [hasJustOpened, setHasJustOpened] = useState(false);
  const glances = useClientGlances();
  // A client the server no longer lists has ended the connection: remembered, to be said once.
  useRememberEnded(goneClients(glances, snapshot), 'client');
  if (!snapshot.isPractitioner) {
    // One form from no account to an open practice: it stays in place (and keeps what was typed) while
    // the account it made is still loading the practice.
    if (snapshot.status !== 'offline')
      return (
        <OpenPracticeForm
          needsAccount={snapshot.status === 'unavailable'}
          onOpened={() => setHasJustOpened(true)}
        />
      );
    return (
      <p className="plain-note">You seem to be offline. Your practice shows here once you are back online.</p>
    );
  }
  return (
    <>
      <ProfileLine profile={snapshot.profile} isNew={hasJustOpened} />
      {snapshot.status === 'offline' ? (
        <p className="plain-note">You seem to be offline. This list may not be up to date.</p>
      ) : null}
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">Clients</h2>
        <ClientsList clients={snapshot.clients} glances={glances} />
      </section>
      {snapshot.status === 'ready' ? <PastClients clients={snapshot.clients} /> : null}
      <InviteSection />
      {snapshot.profile ? <ProfileForm profile={snapshot.profile} /> : null}
    </>
  );
}

/** The practitioner's home: open a practice, or see clients and invite someone. */
export function PracticeHomeScreen() {
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  useEffect(() => {
    void practice.refresh();
  }, [practice]);
  return (
    <Page title="Your practice" className="practice practice-clients">
      <PracticeHome snapshot={snapshot} />
    </Page>
  );
}
