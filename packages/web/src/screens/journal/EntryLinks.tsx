import {
  griefSubjectWords,
  journalLinkKinds,
  linkJournalEntry,
  linksOf,
  partName,
  unlinkJournalEntry,
  type JournalEntry,
  type JournalLinkKind,
  type JournalResult,
} from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useGriefs, useParts } from '../../state/use-parts.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { useRelationships } from '../../state/use-relationships.ts';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import './entry-links.css';

type Linkable = {
  readonly kind: JournalLinkKind;
  readonly id: string;
  readonly name: string;
  readonly path: string;
};

const kindWords = {
  parts: 'Parts',
  relationships: 'People',
  patterns: 'Patterns',
  griefs: 'Griefs',
} as const;

/** Everything an entry can link to, by kind, in the order each list is kept. */
function useLinkables(): readonly Linkable[] {
  const parts = useParts().filter((p) => !p.fields.archived);
  const people = useRelationships();
  const patterns = usePatterns();
  const griefs = useGriefs();
  return [
    ...parts.map((p) => ({ kind: 'parts' as const, id: p.id, name: partName(p), path: `/parts/${p.id}` })),
    ...people.map((r) => ({
      kind: 'relationships' as const,
      id: r.id,
      name: r.fields.name,
      path: `/people/${r.id}`,
    })),
    ...patterns.map((p) => ({
      kind: 'patterns' as const,
      id: p.id,
      name: `When ${p.fields.when || '…'}, I usually ${p.fields.usually || '…'}`,
      path: `/patterns/${p.id}`,
    })),
    ...griefs.map((g) => ({
      kind: 'griefs' as const,
      id: g.id,
      name: g.fields.title.trim() || griefSubjectWords[g.fields.what],
      path: `/grief/${g.id}`,
    })),
  ];
}

/** What this entry is about: parts, people, patterns and griefs, each page listing the entry back. */
export function EntryLinks({ entry }: { entry: JournalEntry }) {
  const { vault, ports } = useApp();
  const linkables = useLinkables();
  const action = useAction();
  const [choice, setChoice] = useState('');
  const isLinked = (l: Linkable) => linksOf(entry.fields.links, l.kind).includes(l.id);
  const linked = linkables.filter(isLinked);
  const open = linkables.filter((l) => !isLinked(l));

  const save = async (result: JournalResult) => {
    if (!result.ok) return action.fail('This entry holds as many links as it can.');
    if (await action.run(() => vault.save(result.entry))) setChoice('');
  };
  const add = () => {
    const [kind, id] = choice.split(':');
    const chosen = open.find((l) => l.kind === kind && l.id === id);
    if (chosen) void save(linkJournalEntry(ports, entry, chosen.kind, chosen.id));
  };

  return (
    <section aria-labelledby="entry-links-heading" className="entry-links">
      <h2 id="entry-links-heading">What this entry is about</h2>
      {linked.length ? (
        <ul>
          {linked.map((l) => (
            <li key={`${l.kind}:${l.id}`}>
              <Link to={l.path}>{l.name}</Link>
              <button
                type="button"
                className="link-button"
                aria-label={`Unlink ${l.name}`}
                onClick={() => void save(unlinkJournalEntry(ports, entry, l.kind, l.id))}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quiet">Not linked to anything yet. Linking is optional.</p>
      )}
      {open.length ? (
        <div className="link-row">
          <div className="field">
            <label htmlFor="entry-link-choice">Link this entry to</label>
            <select id="entry-link-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Choose…</option>
              {journalLinkKinds.map((kind) => {
                const ofKind = open.filter((l) => l.kind === kind);
                return ofKind.length ? (
                  <optgroup key={kind} label={kindWords[kind]}>
                    {ofKind.map((l) => (
                      <option key={l.id} value={`${l.kind}:${l.id}`}>
                        {l.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
          </div>
          <button type="button" aria-disabled={action.busy || !choice} onClick={add}>
            Link
          </button>
        </div>
      ) : null}
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
