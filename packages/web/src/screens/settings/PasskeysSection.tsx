import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { PassphraseField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { formatMoment } from '../../ui/dates.ts';
import { useAction } from '../../ui/use-action.ts';
import type { PasskeyInfo, PasskeySupport } from '../../vault/index.ts';

/** Where passkeys cannot open the vault here, why, and that the passphrase still works. */
function SupportNote({ support }: { support: Exclude<PasskeySupport, 'available'> }) {
  const { t } = useLingui();
  const words: Record<Exclude<PasskeySupport, 'available'>, string> = {
    'no-prf': t`This browser cannot make the key Tend needs from a passkey (the PRF extension), so passkeys cannot open your vault here. Your passphrase still works.`,
    unavailable: t`This browser does not offer passkeys here. Your passphrase still works.`,
    'needs-host-name': t`Passkeys work when Tend is opened by its name (such as localhost), not by a number address such as 127.0.0.1. Your passphrase still works.`,
  };
  return <p className="plain-note">{words[support]}</p>;
}

function usePasskeySupport(): PasskeySupport | null {
  const { vault } = useApp();
  const [support, setSupport] = useState<PasskeySupport | null>(null);
  useEffect(() => {
    let isCurrent = true;
    vault.quickUnlock
      .passkeySupport()
      .then((found) => isCurrent && setSupport(found))
      .catch(() => isCurrent && setSupport('unavailable'));
    return () => {
      isCurrent = false;
    };
  }, [vault]);
  return support;
}

function PasskeyRow({ passkey, onRemove }: { passkey: PasskeyInfo; onRemove: () => void }) {
  const { t } = useLingui();
  const added = formatMoment(passkey.addedAt, Date.now());
  return (
    <li className="passkey-row">
      <span>
        <Trans>Passkey added {added}</Trans>
      </span>
      <button type="button" aria-label={t`Remove the passkey added ${added}`} onClick={onRemove}>
        <Trans>Remove</Trans>
      </button>
    </li>
  );
}

/** Asks for the passphrase, then for the passkey itself (one or two touches). */
function AddPasskeyForm({ onAdded }: { onAdded: () => void }) {
  const { vault } = useApp();
  const { t } = useLingui();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction({ wrong_passphrase: t`That passphrase did not match. No passkey was added.` });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return action.fail(t`Please type your passphrase first.`);
    const isAdded = await action.run(() => vault.quickUnlock.addPasskey(passphrase).then(() => undefined));
    setPassphrase('');
    if (isAdded) onAdded();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="add-passkey-heading">
        <Trans>Add a passkey</Trans>
      </h3>
      <p>
        <Trans>Tend asks for your passphrase first, as for every change to what opens your vault.</Trans>
      </p>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <FormFooter
        action={action}
        label={t`Add a passkey`}
        busyLabel={t`Waiting for your passkey…`}
        variant="plain"
      />
    </form>
  );
}

/** Passkeys that open the vault on this device: adding one asks for the passphrase, removing never does. */
export function PasskeysSection() {
  const { vault } = useApp();
  const { t } = useLingui();
  const support = usePasskeySupport();
  const [passkeys, setPasskeys] = useState(() => vault.quickUnlock.passkeys());
  const [said, setSaid] = useState<string | null>(null);
  const remove = useAction();

  const added = () => {
    setPasskeys(vault.quickUnlock.passkeys());
    setSaid(t`Your passkey is ready. When Tend is locked, it opens your vault with one touch.`);
  };

  const removeOne = (credentialId: string) =>
    void remove.run(async () => {
      await vault.quickUnlock.removePasskey(credentialId);
      setPasskeys(vault.quickUnlock.passkeys());
      setSaid(t`That passkey is removed. It no longer opens your vault on this device.`);
    });

  return (
    <section className="settings-section" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading" className="visually-hidden">
        <Trans>Passkeys</Trans>
      </h2>
      <p>
        <Trans>
          A passkey opens your vault with one touch (your fingerprint, your face or this device’s screen lock)
          instead of your passphrase. It stays on this device; your passphrase always works too.
        </Trans>
      </p>
      {support && support !== 'available' ? <SupportNote support={support} /> : null}
      {passkeys.length ? (
        <ul className="passkey-list" aria-label={t`Passkeys that open your vault here`}>
          {passkeys.map((p) => (
            <PasskeyRow key={p.credentialId} passkey={p} onRemove={() => removeOne(p.credentialId)} />
          ))}
        </ul>
      ) : (
        <p>
          <Trans>No passkey opens your vault on this device yet.</Trans>
        </p>
      )}
      <Notice tone="success">{said}</Notice>
      <Notice tone="problem">{remove.problem}</Notice>
      {support === 'available' ? <AddPasskeyForm onAdded={added} /> : null}
    </section>
  );
}
