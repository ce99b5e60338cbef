import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { Invitation } from '../../vault/practice-service.ts';
import { practiceErrorWords } from '../practice/practice-words.ts';
import { momentWords } from '../practice/shared-titles.ts';
import { usePractice } from '../../state/use-practice.ts';

/** Copies text on the device; says so, or how to copy by hand when the browser does not allow it. */
function CopyButton({
  text,
  label,
  copied,
  byHand,
}: {
  text: string;
  label: string;
  /** Said once it is copied. */
  copied: string;
  /** Said when the browser does not allow copying. */
  byHand: string;
}) {
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(copied);
    } catch {
      setNote(byHand);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="visually-quiet" role="status">
        {note}
      </span>
    </>
  );
}

/** A new invitation: the code large and readable, the link, and when it stops working. */
export function InvitationCard({ invitation }: { invitation: Invitation }) {
  const { t } = useLingui();
  const until = momentWords(invitation.expiresAt);
  return (
    <div className="invitation">
      <p className="invite-label">
        <Trans>Invitation code</Trans>
      </p>
      <p className="invite-code" translate="no">
        {invitation.code}
      </p>
      <div className="actions">
        <CopyButton
          text={invitation.code}
          label={t`Copy the code`}
          copied={t`The code is copied.`}
          byHand={t`Copying did not work here. You can select the code and copy it.`}
        />
      </div>
      <p className="invite-label">
        <Trans>Or send this link</Trans>
      </p>
      <p className="invite-link" translate="no">
        {invitation.link}
      </p>
      <div className="actions">
        <CopyButton
          text={invitation.link}
          label={t`Copy the link`}
          copied={t`The link is copied.`}
          byHand={t`Copying did not work here. You can select the link and copy it.`}
        />
      </div>
      <p>
        <Trans>
          It works once, until {until}. Send it in a way you trust: whoever has it can connect with you until
          it is used.
        </Trans>
      </p>
    </div>
  );
}

export function InviteSection() {
  const { t } = useLingui();
  const practice = usePractice();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const action = useAction(practiceErrorWords);
  const invite = async () => {
    if (action.busy) return;
    await action.run(async () => setInvitation(await practice.createInvitation()));
  };
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">
        <Trans>Invite someone</Trans>
      </h2>
      <p className="quiet">
        <Trans>
          They type the code in Tend, or open the link, and choose what to share with you. Nothing is shared
          until they do.
        </Trans>
      </p>
      {invitation ? <InvitationCard invitation={invitation} /> : null}
      <Notice tone="success">{invitation ? t`A new invitation is ready, shown above.` : null}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button
          type="button"
          className={invitation ? undefined : 'primary'}
          aria-disabled={action.busy}
          onClick={() => void invite()}
        >
          {invitation ? t`Make another invitation` : t`Invite someone`}
        </button>
      </div>
    </section>
  );
}
