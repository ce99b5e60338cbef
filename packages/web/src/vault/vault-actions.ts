import {
  createVaultKeys,
  recoverVaultKey,
  rewrapVaultKey,
  sealPendingRecoveryCode,
  WrongKeyError,
  type VaultKey,
} from '@tend/crypto';
import { VaultStateError } from './errors.ts';
import { openRecoveryVerifier, sealRecoveryVerifier } from './recovery-verifier.ts';
import type { VaultContext } from './vault-context.ts';
import { checkPassphrase, startOnRecords } from './session.ts';
import { enterVault } from './enter-vault.ts';
import { vaultMeta, type VaultHeader } from './vault-meta.ts';
import { WrongPassphraseError } from './vault-service.ts';

export async function createVault(ctx: VaultContext, passphrase: string): Promise<{ recoveryCode: string }> {
  const db = await ctx.runtime.db();
  if (await vaultMeta.header(db)) throw new VaultStateError('exists');
  const made = await createVaultKeys(passphrase, ctx.runtime.kdfCost);
  const vaultId = ctx.runtime.newVaultId();
  const header: VaultHeader = {
    vaultId,
    kdf: made.kdf,
    keys: made.keys,
    sealedRecoveryVerifier: await sealRecoveryVerifier(made.vaultKey, vaultId, made.recoveryVerifier),
    // Kept aside, sealed, until the person says they kept it: a reload on the next screen cannot lose it.
    sealedPendingRecoveryCode: await sealPendingRecoveryCode(made.vaultKey, vaultId, made.recoveryCode),
  };
  await vaultMeta.setHeader(db, header);
  await enterVault(ctx, header, made.vaultKey);
  return { recoveryCode: made.recoveryCode };
}

export function unlock(ctx: VaultContext, passphrase: string): Promise<void> {
  return unlockWith(
    ctx,
    async (header) => (await checkPassphrase(header, passphrase, ctx.runtime.kdfCost)).vaultKey,
  );
}

/** Opens the vault with a key from any of the ways in (passphrase, passkey, remembered device). */
export async function unlockWith(
  ctx: VaultContext,
  openKey: (header: VaultHeader) => Promise<VaultKey>,
): Promise<void> {
  performance.mark('tend:unlock');
  const header = await ctx.runtime.header();
  // Reading the sealed records and starting the worker that opens them need no key: both start now,
  // so they overlap Argon2id or the passkey's touch.
  const sealed = await startOnRecords(ctx.runtime);
  // Heard below in enterVault, which reports a failure; this only marks when the read is done.
  sealed.pages.read.then(() => performance.mark('tend:records-read')).catch(() => undefined);
  try {
    const vaultKey = await openKey(header);
    performance.mark('tend:key-open');
    await enterVault(ctx, header, vaultKey, sealed);
  } finally {
    // Done with once the records are open; at once when the key did not open or entering failed.
    sealed.opener.close();
  }
  performance.mark('tend:unlocked');
}

/** Unlocks with the recovery code and wraps the vault key under a new passphrase, on the server first. */
export async function recover(ctx: VaultContext, recoveryCode: string, newPassphrase: string): Promise<void> {
  const { runtime } = ctx;
  const header = await runtime.header();
  const recovered = await recoverVaultKey(recoveryCode, header.keys).catch((error: unknown) => {
    if (error instanceof WrongKeyError)
      throw new WrongPassphraseError('The recovery code does not open this vault.');
    throw error;
  });
  const rewrapped = await rewrapVaultKey(recovered.vaultKey, newPassphrase, runtime.kdfCost);
  const account = await vaultMeta.account(await runtime.db());
  if (account) {
    await runtime.accounts.recover({
      username: account.username,
      recoveryVerifier: recovered.recoveryVerifier,
      newAuthSecret: rewrapped.authSecret,
      kdf: rewrapped.kdf,
      wrappedVaultKey: rewrapped.wrappedVaultKey,
    });
  }
  // The sealed verifier stays when it opens; otherwise (a device that signed in) it is sealed now.
  const kept = header.sealedRecoveryVerifier;
  const opens = kept && (await openRecoveryVerifier(recovered.vaultKey, header.vaultId, kept)) !== null;
  const next: VaultHeader = {
    ...header,
    kdf: rewrapped.kdf,
    keys: { ...header.keys, wrappedVaultKey: rewrapped.wrappedVaultKey },
    sealedRecoveryVerifier: opens
      ? kept
      : await sealRecoveryVerifier(recovered.vaultKey, header.vaultId, recovered.recoveryVerifier),
  };
  await vaultMeta.setHeader(await runtime.db(), next);
  if (account) runtime.setSync({ status: 'idle', problem: null });
  await enterVault(ctx, next, recovered.vaultKey);
}

/** Every lock forgets a remembered key too, unless the database itself is going (`keepDevice`). */
export function lock(ctx: VaultContext, options: { readonly keepDevice?: boolean } = {}): void {
  ctx.loop.stop();
  ctx.runtime.session = null;
  // Locking cannot wait on storage: a wrap whose drop failed still ends at its own expiry.
  if (!options.keepDevice) void ctx.remembered.drop().catch(() => undefined);
  ctx.runtime.notify();
}

/** Wraps the vault key under a new passphrase; records are not re-encrypted. */
export async function changePassphrase(ctx: VaultContext, current: string, next: string): Promise<void> {
  const { runtime } = ctx;
  const header = await runtime.header();
  const { passphraseKeys, vaultKey } = await checkPassphrase(header, current, runtime.kdfCost);
  const rewrapped = await rewrapVaultKey(vaultKey, next, runtime.kdfCost);
  const account = await vaultMeta.account(await runtime.db());
  if (account) {
    await runtime.accounts.changePassphrase({
      currentAuthSecret: passphraseKeys.authSecret,
      newAuthSecret: rewrapped.authSecret,
      kdf: rewrapped.kdf,
      wrappedVaultKey: rewrapped.wrappedVaultKey,
    });
  }
  await vaultMeta.setHeader(await runtime.db(), {
    ...header,
    kdf: rewrapped.kdf,
    keys: { ...header.keys, wrappedVaultKey: rewrapped.wrappedVaultKey },
  });
}
