import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { i18n } from '../../i18n/activate.ts';
import { useApp } from '../../state/app-provider.tsx';
import { InputField, PassphraseField, UsernameField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';
import { practiceErrorWords } from '../practice/practice-words.ts';
import { usePractice } from '../../state/use-practice.ts';

export interface ProfileDraft {
  readonly name: string;
  readonly practice: string;
}

/** Problem words for a practitioner's name and practice, or null when both can be kept. */
export function profileProblem(draft: ProfileDraft): string | null {
  if (!draft.name.trim()) return i18n._(msg`Please write your name as clients will see it.`);
  if (
    draft.name.trim().length > practiceLimits.name ||
    draft.practice.trim().length > practiceLimits.practice
  )
    return i18n._(msg`That is longer than it can be. Would you like to shorten it?`);
  return null;
}

function ProfileFields({ draft, onDraft }: { draft: ProfileDraft; onDraft: (draft: ProfileDraft) => void }) {
  const { t } = useLingui();
  return (
    <>
      <InputField
        label={t`Your name as clients will see it`}
        autoComplete="name"
        maxLength={practiceLimits.name}
        value={draft.name}
        onValue={(name) => onDraft({ ...draft, name })}
      />
      <InputField
        label={t`Your practice (optional)`}
        hint={t`For example the name of your practice, or what you offer.`}
        autoComplete="organization"
        maxLength={practiceLimits.practice}
        value={draft.practice}
        onValue={(practice) => onDraft({ ...draft, practice })}
      />
    </>
  );
}

/** The account a practice needs, made in the same step when the vault has none yet. */
function AccountPart({ username, onUsername }: { username: string; onUsername: (value: string) => void }) {
  return (
    <>
      <p className="quiet">
        <Trans>
          A practice needs an account: what clients share travels through it, sealed so that the server cannot
          read any of it, and it lets your vault travel between your devices. Choose a username; your
          passphrase stays the one you unlock Tend with.
        </Trans>
      </p>
      <UsernameField value={username} onValue={onUsername} />
    </>
  );
}

/**
 * "Open a practice": the name clients see, and the passphrase again (a sharing change). With no account
 * yet (a practitioner who has just made their vault), the account is made in the same step.
 */
export function OpenPracticeForm({
  onOpened,
  needsAccount,
}: {
  onOpened?: () => void;
  needsAccount: boolean;
}) {
  const { t } = useLingui();
  const { vault } = useApp();
  const practice = usePractice();
  const [draft, setDraft] = useState<ProfileDraft>({ name: '', practice: '' });
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction(practiceErrorWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = profileProblem(draft);
    if (problem) return action.fail(problem);
    if (needsAccount && !username.trim()) return action.fail(t`Please choose a username for your account.`);
    if (!passphrase)
      return action.fail(t`Please type your passphrase. It is asked again because this is a sharing change.`);
    const profile = { name: draft.name.trim(), practice: draft.practice.trim() };
    const open = async () => {
      if (needsAccount) await vault.createAccount(username.trim(), passphrase);
      await practice.openPractice(passphrase, profile);
    };
    if (!(await action.run(open))) return;
    setPassphrase('');
    onOpened?.();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>
        <Trans>Open a practice</Trans>
      </h2>
      <p>
        <Trans>
          If you are a therapist, counsellor, coach or space-holder, a practice lets the people you work with
          share some of what they keep in Tend with you. You see only what each person chooses, and they can
          stop at any time. Your own vault stays yours.
        </Trans>
      </p>
      <ProfileFields draft={draft} onDraft={setDraft} />
      {needsAccount ? <AccountPart username={username} onUsername={setUsername} /> : null}
      <PassphraseField
        hint={t`The passphrase you unlock Tend with. It is asked again because this is a sharing change.`}
        value={passphrase}
        onValue={setPassphrase}
      />
      <FormFooter action={action} label={t`Open a practice`} busyLabel={t`Opening…`} />
    </form>
  );
}

/** Changing how clients see the practitioner, on invitations made from now on. */
export function ProfileForm({ profile }: { profile: ProfileDraft }) {
  const { t } = useLingui();
  const practice = usePractice();
  const [draft, setDraft] = useState<ProfileDraft>(profile);
  const [saved, setSaved] = useState(false);
  const action = useAction(practiceErrorWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problem = profileProblem(draft);
    if (problem) return action.fail(problem);
    const next = { name: draft.name.trim(), practice: draft.practice.trim() };
    if (await action.run(() => practice.updateProfile(next))) setSaved(true);
  };

  return (
    <details className="form-section">
      <summary>
        <Trans>How clients see you</Trans>
      </summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="quiet">
          <Trans>Invitations you make from now on carry these words.</Trans>
        </p>
        <ProfileFields draft={draft} onDraft={setDraft} />
        {saved ? (
          <p role="status">
            <Trans>Saved</Trans>
          </p>
        ) : null}
        <FormFooter action={action} label={t`Save`} busyLabel={t`Saving…`} variant="plain" />
      </form>
    </details>
  );
}
