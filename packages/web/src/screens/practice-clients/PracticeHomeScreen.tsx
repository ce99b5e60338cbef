import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
function glanceWords(i18n: I18n, glance: ClientGlance | undefined, today: string): string[] {
  if (!glance) return [i18n._(msg`Not opened yet`)];
  const list = glance.fields.sessionList;
  const items = Object.keys(glance.fields.items).length;
  const looked = momentWords(glance.fields.lastLookedAt);
  const points = list?.points ?? 0;
  return [
    i18n._(msg`Last looked ${looked}`),
    i18n._(msg`${plural(items, { one: '# item shared', other: '# items shared' })}`),
    points
      ? i18n._(
          msg`${plural(points, { one: 'a session list of # point', other: 'a session list of # points' })}`,
        )
      : '',
    nextSessionWords(list?.forDate ?? null, today) ?? '',
  ].filter(Boolean);
}

function connectedWords(i18n: I18n, connectedAt: number): string {
  const day = dayWords(connectedAt);
  return i18n._(msg`Connected since ${day}`);
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
  const { i18n } = useLingui();
  if (!clients.length)
    return (
      <p className="empty">
        <Trans>No clients yet. When someone accepts an invitation, they appear here.</Trans>
      </p>
    );
  return (
    <ul className="entry-list">
      {[...clients].sort(byName).map((client) => (
        <li key={client.shareId}>
          <Link to={`/practice/clients/${encodeURIComponent(client.shareId)}`} className="entry-link">
            <span className="entry-title">
              {client.name}
              {client.hasNew ? (
                <span className="new-marker">
                  <Trans>New since you last looked</Trans>
                </span>
              ) : null}
            </span>
            <span className="entry-snippet">
              {[
                connectedWords(i18n, client.connectedAt),
                ...glanceWords(
                  i18n,
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

/** "Clients see you as Dana, Open Door Counselling." */
function SeenAs({ name, practice }: { name: string; practice: string }) {
  return (
    <p className="lead">
      {practice ? (
        <Trans>
          Clients see you as <strong>{name}</strong>, {practice}.
        </Trans>
      ) : (
        <Trans>
          Clients see you as <strong>{name}</strong>.
        </Trans>
      )}
    </p>
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
          <Trans>Your practice is open.</Trans>
        </p>
      ) : null}
      {profile ? <SeenAs name={profile.name} practice={profile.practice} /> : null}
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
      <p className="plain-note">
        <Trans>You seem to be offline. Your practice shows here once you are back online.</Trans>
      </p>
    );
  }
  return (
    <>
      <ProfileLine profile={snapshot.profile} isNew={hasJustOpened} />
      {snapshot.status === 'offline' ? (
        <p className="plain-note">
          <Trans>You seem to be offline. This list may not be up to date.</Trans>
        </p>
      ) : null}
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading">
          <Trans>Clients</Trans>
        </h2>
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
  const { t } = useLingui();
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  useEffect(() => {
    void practice.refresh();
  }, [practice]);
  return (
    <Page title={t`Your practice`} className="practice practice-clients">
      <PracticeHome snapshot={snapshot} />
    </Page>
  );
}
