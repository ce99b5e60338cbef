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
const supportText: Record<Exclude<PasskeySupport, 'available'>, string> = {
  'no-prf':
    'This browser cannot make the key Tend needs from a passkey (the PRF extension), so passkeys cannot open your vault here. Your passphrase still works.',
  unavailable: 'This browser does not offer passkeys here. Your passphrase still works.',
  'needs-host-name':
    'Passkeys work when Tend is opened by its name (such as localhost), not by a number address such as 127.0.0.1. Your passphrase still works.',
};

const addWords = { wrong_passphrase: 'That passphrase did not match. No passkey was added.' };

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
  const added = formatMoment(passkey.addedAt, Date.now());
  return (
    <li className="passkey-row">
      <span>Passkey added {added}</span>
      <button type="button" aria-label={`Remove the passkey added ${added}`} onClick={onRemove}>
        Remove
      </button>
    </li>
  );
}

/** Asks for the passphrase, then for the passkey itself (one or two touches). */
function AddPasskeyForm({ onAdded }: { onAdded: () => void }) {
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction(addWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return action.fail('Please type your passphrase first.');
    const isAdded = await action.run(() => vault.quickUnlock.addPasskey(passphrase).then(() => undefined));
    setPassphrase('');
    if (isAdded) onAdded();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="add-passkey-heading">Add a passkey</h3>
      <p>Tend asks for your passphrase first, as for every change to what opens your vault.</p>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <FormFooter
        action={action}
        label="Add a passkey"
        busyLabel="Waiting for your passkey…"
        variant="plain"
      />
    </form>
  );
}

/** Passkeys that open the vault on this device: adding one asks for the passphrase, removing never does. */
export function PasskeysSection() {
  const { vault } = useApp();
  const support = usePasskeySupport();
  const [passkeys, setPasskeys] = useState(() => vault.quickUnlock.passkeys());
  const [said, setSaid] = useState<string | null>(null);
  const remove = useAction();

  const added = () => {
    setPasskeys(vault.quickUnlock.passkeys());
    setSaid('Your passkey is ready. When Tend is locked, it opens your vault with one touch.');
  };

  const removeOne = (credentialId: string) =>
    void remove.run(async () => {
      await vault.quickUnlock.removePasskey(credentialId);
      setPasskeys(vault.quickUnlock.passkeys());
      setSaid('That passkey is removed. It no longer opens your vault on this device.');
    });

  return (
    <section className="settings-section" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>
        A passkey opens your vault with one touch (your fingerprint, your face or this device’s screen lock)
        instead of your passphrase. It stays on this device; your passphrase always works too.
      </p>
      {support && support !== 'available' ? <p className="plain-note">{supportText[support]}</p> : null}
      {passkeys.length ? (
        <ul className="passkey-list" aria-label="Passkeys that open your vault here">
          {passkeys.map((p) => (
            <PasskeyRow key={p.credentialId} passkey={p} onRemove={() => removeOne(p.credentialId)} />
          ))}
        </ul>
      ) : (
        <p>No passkey opens your vault on this device yet.</p>
      )}
      <Notice tone="success">{said}</Notice>
      <Notice tone="problem">{remove.problem}</Notice>
      {support === 'available' ? <AddPasskeyForm onAdded={added} /> : null}
    </section>
  );
}
