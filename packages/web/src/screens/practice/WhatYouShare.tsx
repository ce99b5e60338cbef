import { Trans, useLingui } from '@lingui/react/macro';
import {
  shareableKinds,
  type ShareableKind,
  type SharedItem,
  goingForwardWords,
  modeWords,
} from '@tend/core';
import { useState } from 'react';
import { useCoreWord } from '../../i18n/core-words.ts';
import { useApp } from '../../state/app-provider.tsx';
import { CheckboxField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { ConnectionSummary } from '../../vault/practice-service.ts';
import { practiceErrorWords, unshareWords } from './practice-words.ts';
import { dayWords, sharedItemTitle } from './shared-titles.ts';
import { useConnectionItems, usePractice } from '../../state/use-practice.ts';

interface SharedListProps {
  readonly items: readonly SharedItem[];
  readonly titleOf: (item: SharedItem) => string;
  readonly busyId: string | null;
  readonly onStop: (item: SharedItem) => void;
}

/** Every shared item, newest first, each with a way to stop sharing it. */
export function SharedList({ items, titleOf, busyId, onStop }: SharedListProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  if (!items.length) {
    return (
      <p className="empty">
        <Trans>
          Nothing is shared yet. You can share from any journal entry, meeting, pause, grief, check-in, part
          or person, or choose below what to share from now on.
        </Trans>
      </p>
    );
  }
  return (
    <ul className="shared-list">
      {items.map((item) => {
        const title = titleOf(item);
        const how = word(modeWords[item.fields.mode]);
        const sharedOn = dayWords(item.fields.sharedAt);
        return (
          <li key={item.id}>
            <span className="entry-title">{title}</span>
            <span className="entry-snippet">
              <Trans>
                {how} · shared {sharedOn}
              </Trans>
            </span>
            <button
              type="button"
              disabled={busyId === item.id}
              aria-label={t`Stop sharing “${title}”`}
              onClick={() => onStop(item)}
            >
              <Trans>Stop sharing</Trans>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function WhatYouShare({ connection }: { connection: ConnectionSummary }) {
  const { vault } = useApp();
  const practice = usePractice();
  const items = useConnectionItems(connection.id);
  const action = useAction(unshareWords);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { t } = useLingui();
  const name = connection.practitionerName;

  const stop = async (item: SharedItem) => {
    setBusyId(item.id);
    setNote(null);
    const title = sharedItemTitle(item, (id) => vault.get(id));
    if (await action.run(() => practice.unshare(item.id))) setNote(t`“${title}” is no longer shared.`);
    setBusyId(null);
  };

  return (
    <section aria-labelledby="shared-heading">
      <h2 id="shared-heading">
        <Trans>What you share</Trans>
      </h2>
      <p className="quiet">
        <Trans>{name} sees these and nothing else.</Trans>
      </p>
      <Notice tone="success">{note}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <SharedList
        items={items}
        titleOf={(item) => sharedItemTitle(item, (id) => vault.get(id))}
        busyId={busyId}
        onStop={(item) => void stop(item)}
      />
    </section>
  );
}

export function GoingForward({ connection }: { connection: ConnectionSummary }) {
  const practice = usePractice();
  const action = useAction(practiceErrorWords);
  const [pending, setPending] = useState<Partial<Record<ShareableKind, boolean>>>({});
  const word = useCoreWord();

  const toggle = async (kind: ShareableKind, on: boolean) => {
    if (pending[kind] !== undefined) return;
    setPending((p) => ({ ...p, [kind]: on }));
    await action.run(() => practice.setGoingForward(connection.id, kind, on));
    setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== kind)));
  };

  return (
    <section aria-labelledby="forward-heading">
      <h2 id="forward-heading">
        <Trans>Share from now on</Trans>
      </h2>
      <fieldset className="choices">
        <legend>
          <Trans>Kinds to share as you save them</Trans>
        </legend>
        <p className="quiet">
          <Trans>
            New items of a kind you tick are shared as you save them, kept updated. Nothing you saved before
            is shared this way.
          </Trans>
        </p>
        {shareableKinds.map((kind) => (
          <CheckboxField
            key={kind}
            label={word(goingForwardWords[kind])}
            checked={pending[kind] ?? connection.goingForward.includes(kind)}
            onChecked={(on) => void toggle(kind, on)}
          />
        ))}
      </fieldset>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
