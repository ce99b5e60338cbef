import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { ConnectionSummary } from '../../vault/practice-service.ts';
import { practiceErrorWords } from './practice-words.ts';
import { usePractice } from '../../state/use-practice.ts';

/** The name the practitioner sees for the client, which the client may change at any time. */
export function HowTheySeeMe({ connection }: { connection: ConnectionSummary }) {
  const practice = usePractice();
  const { t } = useLingui();
  const action = useAction(practiceErrorWords);
  const [name, setName] = useState(connection.myName);
  const [saved, setSaved] = useState<string | null>(null);
  const who = connection.practitionerName;
  const practitioner = who;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const wanted = name.trim();
    if (!wanted) return action.fail(t`A name is needed: a first name or a nickname is enough.`);
    if (await action.run(() => practice.renameMe(connection.id, wanted)))
      setSaved(t`Saved. ${who} now sees you as ${wanted}.`);
  };

  return (
    <section aria-labelledby="how-they-see-me">
      <h2 id="how-they-see-me">
        <Trans>How {practitioner} sees you</Trans>
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <InputField
          label={t`Your name as they see it`}
          autoComplete="off"
          maxLength={practiceLimits.name}
          value={name}
          onValue={setName}
        />
        <Notice tone="success">{saved}</Notice>
        <Notice tone="problem">{action.problem}</Notice>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            <Trans>Save the name</Trans>
          </button>
        </div>
      </form>
    </section>
  );
}
