import {
  addToGrief,
  griefAdditions,
  isGrief,
  isPart,
  type Grief,
  griefSubjectWords,
  partName,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { LetGoSection, removedEverywhere } from '../../ui/LetGoSection.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { griefLabel } from './GriefListScreen.tsx';
import '../parts/parts.css';
import { formatWhen } from '../../ui/dates.ts';

const formatAt = (ms: number) => formatWhen(ms, 'moment');

function GriefPage({ grief }: { grief: Grief }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const remove = async () => {
    await vault.remove(grief.id);
    navigate('/grief', { replace: true });
  };
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const action = useAction();
  const additions = griefAdditions(grief);
  const found = grief.fields.partId ? vault.get(grief.fields.partId) : undefined;
  const part = found && isPart(found) ? found : null;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    const result = addToGrief(ports, grief, text);
    if (!result.ok) return action.fail('There is nothing to add yet. A few words is enough.');
    if (!(await action.run(() => vault.save(result.grief)))) return;
    setText('');
    setNote('Added');
  };

  return (
    <Page title={griefLabel(grief)} className="parts grief">
      {grief.fields.title.trim() || part ? (
        <p className="quiet">
          {grief.fields.title.trim() ? griefSubjectWords[grief.fields.what] : 'With'}
          {part ? (
            <>
              {grief.fields.title.trim() ? ' · with ' : ' '}
              <Link to={`/parts/${part.id}`}>{partName(part)}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="plain-note">
        Grief does not need to be done. You can come back to this whenever you like.
      </p>
      <section aria-labelledby="additions-heading">
        <h2 id="additions-heading">Over time</h2>
        {additions.length ? (
          <ol className="grief-additions">
            {additions.map((a) => (
              <li key={a.id}>
                <p className="line-meta">{formatAt(a.at)}</p>
                <p className="grief-text">{a.text}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="quiet">No words yet.</p>
        )}
      </section>
      <form onSubmit={(e) => void add(e)} noValidate>
        <h2>Add to this</h2>
        <NoticedTextArea
          field={`grief:${grief.id}:add`}
          isGentle
          label="What is here now"
          rows={5}
          value={text}
          onValue={setText}
        />
        <Notice tone="success">{note}</Notice>
        <FormFooter action={action} label="Add to this" busyLabel="Saving…" />
      </form>
      <ShareWithPractitioner objectId={grief.id} what="this grief" />
      <LetGoSection
        what="this grief"
        note="A grief never has to be closed; it can stay as long as it needs. If you would rather it were gone, you can delete it."
        onDelete={remove}
      >
        <p>Everything you added to it goes with it. {removedEverywhere}</p>
      </LetGoSection>
    </Page>
  );
}

export function GriefScreen({ id }: { id: string }) {
  const grief = useVaultObject(id, isGrief);
  if (!grief) {
    return (
      <Page title="Grief not found">
        <p>This is not in your vault on this device.</p>
        <p>
          <Link to="/grief">Back to grief</Link>
        </p>
      </Page>
    );
  }
  return <GriefPage grief={grief} />;
}
