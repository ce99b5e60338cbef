import { Trans, useLingui } from '@lingui/react/macro';
import { addToGrief, griefAdditions, isGrief, isPart, type Grief, griefSubjectWords } from '@tend/core';
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
import { useCoreWord } from '../../i18n/core-words.ts';
import { usePartName } from '../../i18n/part-name.ts';

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
  const { t } = useLingui();
  const word = useCoreWord();
  const partName = usePartName();
  const additions = griefAdditions(grief);
  const found = grief.fields.partId ? vault.get(grief.fields.partId) : undefined;
  const part = found && isPart(found) ? found : null;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    const result = addToGrief(ports, grief, text);
    if (!result.ok) return action.fail(t`There is nothing to add yet. A few words is enough.`);
    if (!(await action.run(() => vault.save(result.grief)))) return;
    setText('');
    setNote(t`Added`);
  };

  return (
    <Page title={griefLabel(grief)} className="parts grief">
      {grief.fields.title.trim() || part ? (
        <p className="quiet">
          {grief.fields.title.trim() ? word(griefSubjectWords[grief.fields.what]) : null}
          {grief.fields.title.trim() && part ? ' · ' : null}
          {part ? (
            <Trans>
              With <Link to={`/parts/${part.id}`}>{partName(part)}</Link>
            </Trans>
          ) : null}
        </p>
      ) : null}
      <p className="plain-note">
        <Trans>Grief does not need to be done. You can come back to this whenever you like.</Trans>
      </p>
      {/* On a wide screen what was written over time sits beside the place to add to it. */}
      <div className="page-columns">
        <div>
          <section aria-labelledby="additions-heading">
            <h2 id="additions-heading">
              <Trans>Over time</Trans>
            </h2>
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
              <p className="quiet">
                <Trans>No words yet.</Trans>
              </p>
            )}
          </section>
        </div>
        <div>
          <form onSubmit={(e) => void add(e)} noValidate>
            <h2>
              <Trans>Add to this</Trans>
            </h2>
            <NoticedTextArea
              field={`grief:${grief.id}:add`}
              isGentle
              label={t`What is here now`}
              rows={5}
              value={text}
              onValue={setText}
            />
            <Notice tone="success">{note}</Notice>
            <FormFooter action={action} label={t`Add to this`} busyLabel={t`Saving…`} />
          </form>
          <ShareWithPractitioner objectId={grief.id} what={t`this grief`} />
        </div>
      </div>
      <LetGoSection
        what={t`this grief`}
        note={t`A grief never has to be closed; it can stay as long as it needs. If you would rather it were gone, you can delete it.`}
        onDelete={remove}
      >
        <p>
          <Trans>Everything you added to it goes with it.</Trans> {removedEverywhere}
        </p>
      </LetGoSection>
    </Page>
  );
}

export function GriefScreen({ id }: { id: string }) {
  const grief = useVaultObject(id, isGrief);
  const { t } = useLingui();
  if (!grief) {
    return (
      <Page title={t`Grief not found`}>
        <p>
          <Trans>This is not in your vault on this device.</Trans>
        </p>
        <p>
          <Link to="/grief">
            <Trans>Back to grief</Trans>
          </Link>
        </p>
      </Page>
    );
  }
  return <GriefPage grief={grief} />;
}
