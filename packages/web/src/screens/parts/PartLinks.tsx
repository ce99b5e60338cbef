import { Trans, useLingui } from '@lingui/react/macro';
import {
  linkParts,
  linksOfPart,
  partLinkKinds,
  unlinkParts,
  type Part,
  type PartLinkKind,
  linkChoiceWords,
  linkWords,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describePartProblems } from './part-problems.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';

interface PartLinksProps {
  readonly part: Part;
  readonly parts: readonly Part[];
}

/** A part's links to other parts, in words, with a small form to add one and a way to remove each. */
export function PartLinks({ part, parts }: PartLinksProps) {
  const { vault, ports } = useApp();
  const action = useAction();
  const { t } = useLingui();
  const word = useCoreWord();
  const partName = usePartName();
  const others = parts.filter((p) => p.id !== part.id && !p.fields.archived);
  const [otherId, setOtherId] = useState('');
  const [kind, setKind] = useState<PartLinkKind>('protects');
  const byId = new Map(parts.map((p) => [p.id, p]));
  const links = linksOfPart(part.id, parts);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const other = byId.get(otherId);
    if (!other) return action.fail(t`Please choose the part to link with.`);
    const result = linkParts(ports, part, other, kind);
    if (!result.ok) return action.fail(describePartProblems(result.problems));
    if (await action.run(() => vault.save(result.part))) setOtherId('');
  };

  const remove = async (holderId: string, to: string, linkKind: PartLinkKind) => {
    const holder = byId.get(holderId);
    if (!holder) return;
    const result = unlinkParts(ports, holder, to, linkKind);
    if (result.ok) await action.run(() => vault.save(result.part));
  };

  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">
        <Trans>Links to other parts</Trans>
      </h2>
      {links.length ? (
        <ul className="link-list">
          {links.map((link) => {
            const words = `${partName(byId.get(link.from))} ${word(linkWords[link.kind])} ${partName(byId.get(link.to))}`;
            return (
              <li key={`${link.from}-${link.kind}-${link.to}`}>
                <span>{words}</span>
                <button
                  type="button"
                  aria-label={t`Remove link: ${words}`}
                  onClick={() => void remove(link.from, link.to, link.kind)}
                >
                  <Trans>Remove</Trans>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="quiet">
          <Trans>No links yet.</Trans>
        </p>
      )}
      {others.length ? (
        <form className="link-form" onSubmit={(e) => void add(e)} noValidate>
          <div className="field">
            <label htmlFor="link-kind">
              <Trans>This part…</Trans>
            </label>
            <select
              id="link-kind"
              value={kind}
              onChange={(e) => setKind(partLinkKinds.find((k) => k === e.target.value) ?? 'protects')}
            >
              {partLinkKinds.map((k) => (
                <option key={k} value={k}>
                  {word(linkChoiceWords[k])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="link-other">
              <Trans>Other part</Trans>
            </label>
            <select id="link-other" value={otherId} onChange={(e) => setOtherId(e.target.value)}>
              <option value="">{t`Choose a part`}</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {partName(p)}
                </option>
              ))}
            </select>
          </div>
          <Notice tone="problem">{action.problem}</Notice>
          <div className="actions">
            <button type="submit" aria-disabled={action.busy}>
              <Trans>Add link</Trans>
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
