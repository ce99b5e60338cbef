import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { dismissEndedClient, type ClientGlance, type PrivateNote } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { useClientGlances } from '../../state/use-client-glances.ts';
import { usePrivateNotes } from '../../state/use-private-notes.ts';
import type { ClientSummary } from '../../vault/practice-service.ts';
import { endedWords } from './caseload-words.ts';

export type PastClient = {
  readonly shareId: string;
  readonly name: string;
  readonly notes: number;
  /** The ended notice not yet put away. */
  readonly notice: ClientGlance | null;
};

/**
 * Clients no longer connected that the practice home still shows: an ended notice until it is put
 * away, and any client the practitioner keeps private notes about.
 */
export function pastClientsOf(
  notes: readonly PrivateNote[],
  glances: readonly ClientGlance[],
  clients: readonly ClientSummary[],
): PastClient[] {
  const current = new Set(clients.map((c) => c.shareId));
  const past = new Map<string, PastClient>();
  for (const glance of glances) {
    const { shareId, clientName, endedAt, dismissedAt } = glance.fields;
    if (current.has(shareId) || endedAt === null || dismissedAt !== null) continue;
    past.set(shareId, { shareId, name: clientName, notes: 0, notice: glance });
  }
  // Notes come newest first, so the first name seen is the latest one the client went by.
  for (const note of notes) {
    const { shareId, clientName } = note.fields;
    if (current.has(shareId)) continue;
    const seen = past.get(shareId);
    past.set(shareId, {
      shareId,
      name: seen?.name ?? clientName,
      notes: (seen?.notes ?? 0) + 1,
      notice: seen?.notice ?? null,
    });
  }
  return [...past.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function PastClientLine({ client }: { client: PastClient }) {
  const { vault, ports } = useApp();
  const { t } = useLingui();
  const notice = client.notice;
  const name = client.name || t`A client`;
  const notes = client.notes;
  return (
    <li className="past-client">
      {notice?.fields.endedAt ? (
        <p className="ended-notice">{endedWords(name, notice.fields.endedAt, notice.fields.endedBy)}</p>
      ) : null}
      {client.notes ? (
        <Link to={`/practice/clients/${encodeURIComponent(client.shareId)}`}>
          <Plural
            value={notes}
            one={`Your private note about ${name}`}
            other={`Your # private notes about ${name}`}
          />
        </Link>
      ) : null}
      {notice ? (
        <button
          type="button"
          onClick={() => {
            // The notice stays until its dismissal is saved, so one that failed shows itself: press again.
            void vault.save(dismissEndedClient(notice, ports.clock.now())).catch(() => undefined);
          }}
        >
          <Trans>Put this notice away</Trans>
        </button>
      ) : null}
    </li>
  );
}

/** Ended connections, said plainly, and the private notes that stay with the practitioner. */
export function PastClients({ clients }: { clients: readonly ClientSummary[] }) {
  const notes = usePrivateNotes();
  const glances = useClientGlances();
  const past = useMemo(() => pastClientsOf(notes, glances, clients), [notes, glances, clients]);
  if (!past.length) return null;
  return (
    <section aria-labelledby="past-clients-heading">
      <h2 id="past-clients-heading">
        <Trans>Ended connections</Trans>
      </h2>
      <p className="quiet">
        <Trans>What they shared has left the server; your private notes stay with you.</Trans>
      </p>
      <ul className="past-clients">
        {past.map((client) => (
          <PastClientLine key={client.shareId} client={client} />
        ))}
      </ul>
    </section>
  );
}
