import { Trans, useLingui } from '@lingui/react/macro';
import { beginGrief, griefSubjects, type GriefSubject, griefSubjectWords } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { NoticedInput, NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { useParts } from '../../state/use-parts.ts';
import { useRelationships } from '../../state/use-relationships.ts';
import { usePartName } from '../../i18n/part-name.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';
import '../parts/parts.css';

export function BeginGriefScreen() {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const parts = useParts().filter((p) => !p.fields.archived);
  const [what, setWhat] = useState<GriefSubject | null>(null);
  const [title, setTitle] = useState('');
  const [partId, setPartId] = useState('');
  const relationships = useRelationships();
  const [relationshipId, setRelationshipId] = useState('');
  const [text, setText] = useState('');
  const action = useAction();
  const { t } = useLingui();
  const word = useCoreWord();
  const partName = usePartName();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!what) return action.fail(t`Please choose what you are grieving. Everything else can wait.`);
    const result = beginGrief(ports, {
      what,
      title,
      partId: partId || null,
      relationshipId: relationshipId || null,
      text,
    });
    if (!result.ok) return action.fail(t`Some of these words are longer than a grief entry can hold.`);
    if (!(await action.run(() => vault.save(result.grief)))) return;
    navigate(`/grief/${result.grief.id}`, { replace: true });
  };

  return (
    <Page title={t`Begin a grief`} className="parts grief">
      <p className="lead">
        <Trans>There is no right way to do this, and no need to finish.</Trans>
      </p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <ChoiceGroup
          legend={t`What I am grieving`}
          name="what"
          options={griefSubjects}
          words={inWords(griefSubjectWords, word)}
          value={what}
          onValue={setWhat}
          canClear={false}
        />
        <NoticedInput
          field="grief:new:title"
          label={t`Title`}
          hint={t`Optional`}
          value={title}
          maxLength={300}
          onValue={setTitle}
        />
        {parts.length ? (
          <div className="field">
            <label htmlFor="grief-part">
              <Trans>A part it belongs with (optional)</Trans>
            </label>
            <select id="grief-part" value={partId} onChange={(e) => setPartId(e.target.value)}>
              <option value="">{t`None`}</option>
              {parts.map((p) => (
                <option key={p.id} value={p.id}>
                  {partName(p)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {relationships.length ? (
          <div className="field">
            <label htmlFor="grief-relationship">
              <Trans>A relationship it belongs with (optional)</Trans>
            </label>
            <select
              id="grief-relationship"
              value={relationshipId}
              onChange={(e) => setRelationshipId(e.target.value)}
            >
              <option value="">{t`None`}</option>
              {relationships.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.fields.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <NoticedTextArea
          field="grief:new:text"
          isGentle
          label={t`First words`}
          hint={t`Optional`}
          rows={6}
          value={text}
          onValue={setText}
        />
        <FormFooter action={action} label={t`Begin`} busyLabel={t`Saving…`} />
      </form>
    </Page>
  );
}
