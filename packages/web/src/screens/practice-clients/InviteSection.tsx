import { useState } from 'react';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { Invitation } from '../../vault/practice-service.ts';
import { practiceErrorWords } from '../practice/practice-words.ts';
import { momentWords } from '../practice/shared-titles.ts';
import { usePractice } from '../../state/use-practice.ts';

/** Copies text on the device; says so, or how to copy by hand when the browser does not allow it. */
function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`The ${what} is copied.`);
    } catch {
      setNote(`Copying did not work here. You can select the ${what} and copy it.`);
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
  return (
    <div className="invitation">
      <p className="invite-label">Invitation code</p>
      <p className="invite-code" translate="no">
        {invitation.code}
      </p>
      <div className="actions">
        <CopyButton text={invitation.code} label="Copy the code" what="code" />
      </div>
      <p className="invite-label">Or send this link</p>
      <p className="invite-link" translate="no">
        {invitation.link}
      </p>
      <div className="actions">
        <CopyButton text={invitation.link} label="Copy the link" what="link" />
      </div>
      <p>
        It works once, until {momentWords(invitation.expiresAt)}. Send it in a way you trust: whoever has it
        can connect with you until it is used.
      </p>
    </div>
  );
}

export function InviteSection() {
  const practice = usePractice();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const action = useAction(practiceErrorWords);
  const invite = async () => {
    if (action.busy) return;
    await action.run(async () => setInvitation(await practice.createInvitation()));
  };
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p className="quiet">
        They type the code in Tend, or open the link, and choose what to share with you. Nothing is shared
        until they do.
      </p>
      {invitation ? <InvitationCard invitation={invitation} /> : null}
      <Notice tone="success">{invitation ? 'A new invitation is ready, shown above.' : null}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button
          type="button"
          className={invitation ? undefined : 'primary'}
          aria-disabled={action.busy}
          onClick={() => void invite()}
        >
          {invitation ? 'Make another invitation' : 'Invite someone'}
        </button>
      </div>
    </section>
  );
}
