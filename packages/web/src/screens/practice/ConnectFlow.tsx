import { Trans, useLingui } from '@lingui/react/macro';
import { practiceLimits } from '@tend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { InputField, PassphraseField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { InvitationPreview } from '../../vault/practice-service.ts';
import { acceptInvitation, previewInvitation } from './connect-steps.ts';
import { dayWords } from './shared-titles.ts';
import { usePractice } from '../../state/use-practice.ts';

interface CodeFormProps {
  readonly code: string;
  readonly problem: string | null;
  readonly isBusy: boolean;
  readonly onCode: (code: string) => void;
  readonly onSubmit: () => void;
  /** Coming back from the next step: the keyboard's place moves to this form's heading. */
  readonly shouldFocus?: boolean;
}

/** Moves focus to a heading when its step replaces another, so the keyboard is not left nowhere. */
function useStepHeading(shouldFocus: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldFocus) ref.current?.focus({ preventScroll: false });
  }, [shouldFocus]);
  return ref;
}

/** "I have an invitation code": one field, read loosely (spaces, lower case, a whole link). */
export function CodeForm({ code, problem, isBusy, onCode, onSubmit, shouldFocus = false }: CodeFormProps) {
  const heading = useStepHeading(shouldFocus);
  const { t } = useLingui();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="connect-form">
      <h2 ref={heading} tabIndex={-1}>
        <Trans>I have an invitation code</Trans>
      </h2>
      <InputField
        label={t`Invitation code`}
        hint={t`It starts with TEND-. You can paste the whole link your practitioner sent.`}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="code-input"
        value={code}
        onValue={onCode}
      />
      <Notice tone="problem">{problem}</Notice>
      <div className="actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? <Trans>Looking…</Trans> : <Trans>See who it is from</Trans>}
        </button>
      </div>
    </form>
  );
}

interface ConfirmFormProps {
  readonly preview: InvitationPreview;
  readonly myName: string;
  readonly passphrase: string;
  readonly problem: string | null;
  readonly isBusy: boolean;
  readonly onMyName: (value: string) => void;
  readonly onPassphrase: (value: string) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
}

/** Who it is from, how they should see you, and the passphrase again: then Connect. */
export function ConfirmForm(props: ConfirmFormProps) {
  const { preview } = props;
  const { practiceName } = preview;
  const practitionerName = preview.practitionerName;
  const heading = useStepHeading(true);
  const { t } = useLingui();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="connect-form">
      <h2 ref={heading} tabIndex={-1}>
        <Trans>An invitation from {practitionerName}</Trans>
      </h2>
      <dl className="invitation-preview">
        <dt>
          <Trans>Practitioner</Trans>
        </dt>
        <dd>{practitionerName}</dd>
        {practiceName ? (
          <>
            <dt>
              <Trans>Practice</Trans>
            </dt>
            <dd>{practiceName}</dd>
          </>
        ) : null}
        <dt>
          <Trans>Works until</Trans>
        </dt>
        <dd>{dayWords(preview.expiresAt)}</dd>
      </dl>
      <p>
        <Trans>Connecting shares nothing yet. Afterwards you choose each thing they may see.</Trans>
      </p>
      <InputField
        label={t`How should they see your name?`}
        hint={t`A first name, a nickname or initials. Only they see it.`}
        autoComplete="off"
        maxLength={practiceLimits.name}
        value={props.myName}
        onValue={props.onMyName}
      />
      <PassphraseField
        hint={t`The passphrase you unlock Tend with. It is asked again because this is a sharing change.`}
        value={props.passphrase}
        onValue={props.onPassphrase}
      />
      <Notice tone="problem">{props.problem}</Notice>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.isBusy}>
          {props.isBusy ? <Trans>Connecting…</Trans> : <Trans>Connect</Trans>}
        </button>
        <button type="button" disabled={props.isBusy} onClick={props.onBack}>
          <Trans>Use a different code</Trans>
        </button>
      </div>
    </form>
  );
}

interface ConnectFlowProps {
  readonly initialCode?: string;
  readonly onConnected: (connectionId: string) => void;
}

/** From an invitation code to a connection. What was typed stays when something does not work. */
export function ConnectFlow({ initialCode = '', onConnected }: ConnectFlowProps) {
  const practice = usePractice();
  const [code, setCode] = useState(initialCode);
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [myName, setMyName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [hasGoneBack, setHasGoneBack] = useState(false);
  const isRunning = useRef(false);

  const step = async <T,>(
    run: () => Promise<{ ok: true; value: T } | { ok: false; problem: string }>,
    then: (value: T) => void,
  ) => {
    if (isRunning.current) return;
    isRunning.current = true;
    setIsBusy(true);
    setProblem(null);
    const outcome = await run();
    isRunning.current = false;
    setIsBusy(false);
    if (outcome.ok) then(outcome.value);
    else setProblem(outcome.problem);
  };

  if (!preview) {
    return (
      <CodeForm
        code={code}
        problem={problem}
        isBusy={isBusy}
        onCode={setCode}
        shouldFocus={hasGoneBack}
        onSubmit={() => void step(() => previewInvitation(practice, code), setPreview)}
      />
    );
  }
  return (
    <ConfirmForm
      preview={preview}
      myName={myName}
      passphrase={passphrase}
      problem={problem}
      isBusy={isBusy}
      onMyName={setMyName}
      onPassphrase={setPassphrase}
      onBack={() => {
        setProblem(null);
        setHasGoneBack(true);
        setPreview(null);
      }}
      onSubmit={() =>
        void step(
          () => acceptInvitation(practice, { code, myName, passphrase }),
          (id) => {
            setPassphrase('');
            onConnected(id);
          },
        )
      }
    />
  );
}
