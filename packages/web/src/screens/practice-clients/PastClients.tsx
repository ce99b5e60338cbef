import type { PrivateNote } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { usePrivateNotes } from '../../state/use-private-notes.ts';
import type { ClientSummary } from '../../vault/practice-service.ts';

type PastClient = { readonly shareId: string; readonly name: string; readonly notes: number };

/** Clients whose connection has ended but about whom the practitioner kept private notes. */
export function pastClientsOf(
  notes: readonly PrivateNote[],
  clients: readonly ClientSummary[],
): PastClient[] {
  const current = new Set(clients.map((c) => c.shareId));
  const past = new Map<string, PastClient>();
  // Notes come newest first, so the first name seen is the latest one the client went by.
  for (const note of notes) {
    const { shareId, clientName } = note.fields;
    if (current.has(shareId)) continue;
    const seen = past.get(shareId);
    past.set(shareId, { shareId, name: seen?.name ?? clientName, notes: (seen?.notes ?? 0) + 1 });
  }
  return [...past.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Ended connections stay reachable through the practitioner's own notes about them. */
export function PastClients({ clients }: { clients: readonly ClientSummary[] }) {
  const notes = usePrivateNotes();
  const past = useMemo(() => pastClientsOf(notes, clients), [notes, clients]);
  if (!past.length) return null;
  return (
    <section aria-labelledby="past-clients-heading">
      <h2 id="past-clients-heading">Ended connections</h2>
      <p className="quiet">What they shared has gone; your private notes about them stay with you.</p>
      <ul className="entry-list">
        {past.map((client) => (
          <li key={client.shareId}>
            <Link to={`/practice/clients/${encodeURIComponent(client.shareId)}`} className="entry-link">
              <span className="entry-title">{client.name || 'A client'}</span>
              <span className="entry-snippet">
                {client.notes === 1 ? '1 private note' : `${client.notes} private notes`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
