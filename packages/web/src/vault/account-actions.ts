import { derivePassphraseKeys, openVaultKey, WrongKeyError } from '@tend/crypto';
import { normalizeUsername } from './account-client.ts';
import { enterVault, finishForgettingServer } from './enter-vault.ts';
import { VaultStateError } from './errors.ts';
import { quickUnlockStore } from './quick-unlock-store.ts';
import { adoptServerKeys, settleStagedRecoveryCode } from './recovery-codes.ts';
import { openRecoveryVerifier } from './recovery-verifier.ts';
import type { VaultContext } from './vault-context.ts';
import { checkPassphrase, refreshPending } from './session.ts';
import { vaultMeta, type VaultHeader } from './vault-meta.ts';
import { defaultSettings, ServiceError, WrongPassphraseError } from './vault-service.ts';

/** Adds an account to the unlocked local vault (the vault id becomes the account id) and uploads it. */
export async function createAccount(ctx: VaultContext, username: string, passphrase: string): Promise<void> {
  const { runtime } = ctx;
  const session = runtime.requireSession();
  const db = await runtime.db();
  if (await vaultMeta.account(db)) throw new VaultStateError('has-account');
  const name = normalizeUsername(username);
  const header = await runtime.header();
  const { passphraseKeys } = await checkPassphrase(header, passphrase, runtime.kdfCost);
  const sealed = header.sealedRecoveryVerifier;
  const verifier = sealed ? await openRecoveryVerifier(session.vaultKey, header.vaultId, sealed) : null;
  // A device that signed in never saw the recovery code; unlocking once with it (recover()) brings it back.
  if (!verifier) throw new VaultStateError('needs-recovery-code');
  const request = {
    accountId: header.vaultId,
    username: name,
    authSecret: passphraseKeys.authSecret,
    recoveryVerifier: verifier,
    kdf: header.kdf,
    keys: header.keys,
  };
  await runtime.accounts.signup(request).catch(async (error: unknown) => {
    // An earlier sign-up may have reached the server with its answer lost: if this vault's account
    // is there and the passphrase opens it, carry on with it.
    if (!(error instanceof ServiceError) || error.code !== 'account_unavailable') throw error;
    // Not signed in here means not this vault's account: the sign-up's own error is the one to show.
    const session = await runtime.accounts.login(name, passphraseKeys.authSecret).catch(() => null);
    if (session?.accountId !== header.vaultId) throw error;
  });
  const account = { accountId: header.vaultId, username: name };
  await vaultMeta.setAccount(db, account);
  runtime.account = account;
  runtime.setSync({ status: 'idle', problem: null });
  runtime.notify();
  ctx.loop.start();
  await ctx.loop.runNow();
}

/** On a device with no vault: signs in, unwraps the vault key from the server's copy, pulls everything. */
export async function signIn(ctx: VaultContext, username: string, passphrase: string): Promise<void> {
  const { runtime } = ctx;
  performance.mark('tend:sign-in');
  const db = await runtime.db();
  if (await vaultMeta.header(db)) throw new VaultStateError('exists');
  const name = normalizeUsername(username);
  const { kdf } = await runtime.accounts.loginParams(name);
  const passphraseKeys = await derivePassphraseKeys(passphrase, kdf, runtime.kdfCost);
  const session = await runtime.accounts.login(name, passphraseKeys.authSecret);
  const vaultKey = await openVaultKey(passphraseKeys.wrapKey, session.keys).catch(() => {
    throw new ServiceError('internal', 'The keys the server holds do not open with this passphrase.');
  });
  performance.mark('tend:signed-in');
  // The parameters the key was derived with are the ones that work; keep those.
  const header: VaultHeader = { vaultId: session.accountId, kdf, keys: session.keys };
  await vaultMeta.setHeaderAndAccount(db, header, {
    accountId: session.accountId,
    username: session.username,
  });
  // Someone signing in has a vault already, made elsewhere: the newcomer's tour is not for them.
  if (!runtime.settings.hasSeenTour) {
    runtime.settings = { ...runtime.settings, hasSeenTour: true };
    await vaultMeta.setSettings(db, runtime.settings);
  }
  runtime.setSync({ status: 'idle', problem: null });
  await enterVault(ctx, header, vaultKey);
  await ctx.loop.runNow();
  performance.mark('tend:synced');
}

/** Signs in again after the session ended; takes the server's newer keys if the passphrase changed elsewhere. */
export async function reconnect(ctx: VaultContext, passphrase: string): Promise<void> {
  const { runtime } = ctx;
  const db = await runtime.db();
  const account = await vaultMeta.account(db);
  if (!account) throw new VaultStateError('no-account');
  const header = await runtime.header();
  const { kdf } = await runtime.accounts.loginParams(account.username);
  const passphraseKeys = await derivePassphraseKeys(passphrase, kdf, runtime.kdfCost);
  const session = await runtime.accounts.login(account.username, passphraseKeys.authSecret);
  if (session.accountId !== header.vaultId) throw new ServiceError('account_unavailable');
  const vaultKey = await openVaultKey(passphraseKeys.wrapKey, session.keys).catch((error: unknown) => {
    if (error instanceof WrongKeyError)
      throw new WrongPassphraseError('The passphrase does not open this vault.');
    throw error;
  });
  const next: VaultHeader = { ...adoptServerKeys(header, session.keys), kdf };
  await vaultMeta.setHeader(db, next);
  await settleStagedRecoveryCode(ctx, session.keys);
  runtime.setSync({ status: 'idle', problem: null });
  if (!runtime.session) await enterVault(ctx, await runtime.header(), vaultKey);
  ctx.loop.start();
  await ctx.loop.runNow();
}

/** Removes this device's vault: database gone, memory cleared; the device settings stay. */
export async function deleteLocalVault(ctx: VaultContext): Promise<void> {
  const { runtime } = ctx;
  ctx.loop.stop();
  runtime.session = null;
  runtime.account = null;
  // The device settings stay; a vault made here later starts unremembered, as every vault does.
  const kept =
    runtime.settings === defaultSettings ? null : { ...runtime.settings, isRememberedOnDevice: false };
  const passkeys = await quickUnlockStore.passkeys(await runtime.db()).catch(() => []);
  await runtime.dropDb();
  if (kept) {
    runtime.settings = kept;
    await vaultMeta.setSettings(await runtime.db(), kept);
  }
  // Their wrapped keys went with the database; the passkey providers may drop the passkeys too.
  await Promise.all(passkeys.map((p) => runtime.authenticator.forget(p.credentialId).catch(() => undefined)));
  runtime.setSync({ status: 'local-only', pending: 0, lastSyncedAt: null, problem: null });
  ctx.channel.post({ type: 'reset' });
  runtime.notify();
}

/**
 * Signs out on the server and removes this device's copy, after one last sync. If changes are still
 * waiting (offline, say), it refuses rather than lose them; deleteLocalVault() is the deliberate way.
 */
export async function signOut(ctx: VaultContext): Promise<void> {
  const { runtime } = ctx;
  if (runtime.session && runtime.account) await ctx.loop.runNow();
  if ((await (await runtime.db()).count('outbox')) > 0) throw new VaultStateError('unsynced-changes');
  // The local vault goes either way; a server session left behind expires on its own.
  await runtime.accounts.logout().catch(() => undefined);
  await deleteLocalVault(ctx);
}

/** Deletes the account and its data on the server; the vault stays here, local-only, ready for a new account. */
export async function deleteAccount(ctx: VaultContext, passphrase: string): Promise<void> {
  const { runtime } = ctx;
  runtime.requireSession();
  const db = await runtime.db();
  if (!(await vaultMeta.account(db))) throw new VaultStateError('no-account');
  const { passphraseKeys } = await checkPassphrase(await runtime.header(), passphrase, runtime.kdfCost);
  await runtime.accounts.deleteAccount(passphraseKeys.authSecret);
  ctx.loop.stop();
  await vaultMeta.leaveAccount(db);
  runtime.account = null;
  runtime.setSync({ status: 'local-only', lastSyncedAt: null, problem: null });
  await finishForgettingServer(ctx);
  await refreshPending(runtime);
  runtime.notify();
}
