import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import { useLingui as useI18n } from '@lingui/react';
import {
  griefSubjectWords,
  journalLinkKinds,
  linkJournalEntry,
  linksOf,
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
import { useCoreWord } from '../../i18n/core-words.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import './entry-links.css';

type Linkable = {
  readonly kind: JournalLinkKind;
  readonly id: string;
  readonly name: string;
  readonly path: string;
};

const kindWords = {
  parts: msg`Parts`,
  relationships: msg`People`,
  patterns: msg`Patterns`,
  griefs: msg`Griefs`,
} as const;

/** Everything an entry can link to, by kind, in the order each list is kept. */
function useLinkables(): readonly Linkable[] {
  const parts = useParts().filter((p) => !p.fields.archived);
  const people = useRelationships();
  const patterns = usePatterns();
  const griefs = useGriefs();
  const word = useCoreWord();
  const partName = usePartName();
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
      name: patternSentence(p),
      path: `/patterns/${p.id}`,
    })),
    ...griefs.map((g) => ({
      kind: 'griefs' as const,
      id: g.id,
      name: g.fields.title.trim() || word(griefSubjectWords[g.fields.what]),
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
  const { t } = useLingui();
  const { i18n } = useI18n();
  const isLinked = (l: Linkable) => linksOf(entry.fields.links, l.kind).includes(l.id);
  const linked = linkables.filter(isLinked);
  const open = linkables.filter((l) => !isLinked(l));

  const save = async (result: JournalResult) => {
    if (!result.ok) return action.fail(t`This entry holds as many links as it can.`);
    if (await action.run(() => vault.save(result.entry))) setChoice('');
  };
  const add = () => {
    const [kind, id] = choice.split(':');
    const chosen = open.find((l) => l.kind === kind && l.id === id);
    if (chosen) void save(linkJournalEntry(ports, entry, chosen.kind, chosen.id));
  };

  return (
    <section aria-labelledby="entry-links-heading" className="entry-links">
      <h2 id="entry-links-heading">
        <Trans>What this entry is about</Trans>
      </h2>
      {linked.length ? (
        <ul>
          {linked.map((l) => (
            <li key={`${l.kind}:${l.id}`}>
              <Link to={l.path}>{l.name}</Link>
              <button
                type="button"
                className="link-button"
                aria-label={t`Unlink ${l.name}`}
                onClick={() => void save(unlinkJournalEntry(ports, entry, l.kind, l.id))}
              >
                <Trans>Unlink</Trans>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quiet">
          <Trans>Not linked to anything yet. Linking is optional.</Trans>
        </p>
      )}
      {open.length ? (
        <div className="link-row">
          <div className="field">
            <label htmlFor="entry-link-choice">
              <Trans>Link this entry to</Trans>
            </label>
            <select id="entry-link-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t`Choose…`}</option>
              {journalLinkKinds.map((kind) => {
                const ofKind = open.filter((l) => l.kind === kind);
                return ofKind.length ? (
                  <optgroup key={kind} label={i18n._(kindWords[kind])}>
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
            <Trans>Link</Trans>
          </button>
        </div>
      ) : null}
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
