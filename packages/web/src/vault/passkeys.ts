import { openVaultKeyWithPasskey, wrapVaultKeyForPasskey, type VaultKey } from '@tend/crypto';
import { PasskeyError } from './authenticator.ts';
import type { VaultRuntime } from './runtime.ts';
import { checkPassphrase } from './session.ts';
import { quickUnlockStore, type StoredPasskey } from './quick-unlock-store.ts';
import type { PasskeyInfo } from './vault-service.ts';
import { vaultMeta } from './vault-meta.ts';

/** The vault id's 16 bytes: a passkey made again for the same vault on the same authenticator replaces the old. */
function userIdOf(vaultId: string): Uint8Array {
  const hex = vaultId.replace(/-/g, '');
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

const infoOf = (p: StoredPasskey): PasskeyInfo => ({ credentialId: p.credentialId, addedAt: p.addedAt });

/**
 * Passkeys that open the vault on this device: each wraps the vault key under a key derived from its
 * PRF output. Kept on this device only; the server never hears of them.
 */
export function createPasskeys(runtime: VaultRuntime) {
  let stored: readonly StoredPasskey[] = [];

  async function save(next: readonly StoredPasskey[]): Promise<void> {
    await quickUnlockStore.setPasskeys(await runtime.db(), next);
    stored = next;
  }

  /** The PRF output for a new passkey: at creation when the authenticator gives it, else with a second touch. */
  async function prfOfNew(salt: Uint8Array, exclude: readonly string[], vaultId: string) {
    const { authenticator } = runtime;
    const userName = runtime.account?.username ?? 'Tend vault';
    const made = await authenticator.register({ userId: userIdOf(vaultId), userName, salt, exclude });
    let prfOutput = made.prfOutput;
    if (!prfOutput && made.isPrfEnabled !== false) {
      const answer = await authenticator.assert({ credentials: [{ id: made.credentialId, salt }] });
      if (answer.credentialId === made.credentialId) prfOutput = answer.prfOutput;
    }
    if (!prfOutput) {
      // A passkey that cannot open the vault is of no use: ask its provider to drop it.
      await authenticator.forget(made.credentialId);
      throw new PasskeyError('no-prf');
    }
    return { credentialId: made.credentialId, prfOutput };
  }

  return {
    list: (): readonly PasskeyInfo[] => stored.map(infoOf),
    async load(): Promise<void> {
      stored = await quickUnlockStore.passkeys(await runtime.db());
    },

    /** Needs the open vault and the passphrase again, as every other change to what opens it. */
    async add(passphrase: string): Promise<PasskeyInfo> {
      const session = runtime.requireSession();
      const header = await runtime.header();
      await checkPassphrase(header, passphrase, runtime.kdfCost);
      const support = await runtime.authenticator.support();
      if (support !== 'available') throw new PasskeyError(support === 'no-prf' ? 'no-prf' : 'unsupported');
      const current = await quickUnlockStore.passkeys(await runtime.db());
      const salt = crypto.getRandomValues(new Uint8Array(32));
      const exclude = current.map((p) => p.credentialId);
      const { credentialId, prfOutput } = await prfOfNew(salt, exclude, header.vaultId);
      const ad = { vaultId: header.vaultId, credentialId };
      const wrappedVaultKey = await wrapVaultKeyForPasskey(session.vaultKey, prfOutput, ad);
      prfOutput.fill(0);
      const added = { credentialId, salt, wrappedVaultKey, addedAt: runtime.clock.now() };
      await save([...current.filter((p) => p.credentialId !== credentialId), added]);
      return infoOf(added);
    },

    /** Deletes its wrapped key at once; from then on that passkey opens nothing here. */
    async remove(credentialId: string): Promise<void> {
      const current = await quickUnlockStore.passkeys(await runtime.db());
      await save(current.filter((p) => p.credentialId !== credentialId));
      await runtime.authenticator.forget(credentialId);
    },

    /** One touch: the vault key from whichever of this vault's passkeys the person uses. No Argon2id. */
    async open(): Promise<VaultKey> {
      const db = await runtime.db();
      const [header, current] = await Promise.all([vaultMeta.header(db), quickUnlockStore.passkeys(db)]);
      if (!header || !current.length) throw new PasskeyError('unknown-passkey');
      const answer = await runtime.authenticator.assert({
        credentials: current.map((p) => ({ id: p.credentialId, salt: p.salt })),
      });
      const match = current.find((p) => p.credentialId === answer.credentialId);
      if (!match) throw new PasskeyError('unknown-passkey');
      if (!answer.prfOutput) throw new PasskeyError('no-prf');
      const ad = { vaultId: header.vaultId, credentialId: match.credentialId };
      const vaultKey = await openVaultKeyWithPasskey(answer.prfOutput, match.wrappedVaultKey, ad).catch(
        () => {
          throw new PasskeyError('wrong-passkey');
        },
      );
      answer.prfOutput.fill(0);
      return vaultKey;
    },
  };
}

export type Passkeys = ReturnType<typeof createPasskeys>;
