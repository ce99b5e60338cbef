import {
  newRecoveryCode,
  openPendingRecoveryCode,
  sealPendingRecoveryCode,
  type KeyBundle,
} from '@tend/crypto';
import { sameBytes } from '@tend/sync';
import { VaultStateError } from './errors.ts';
import { sealRecoveryVerifier } from './recovery-verifier.ts';
import type { VaultContext } from './vault-context.ts';
import { checkPassphrase } from './session.ts';
import { vaultMeta, type StagedRecoveryCode, type VaultHeader } from './vault-meta.ts';
import { ServiceError } from './vault-service.ts';

/** The header with a staged code made current: its wrap, its verifier, and the code kept aside to show. */
function withCodeInPlace(header: VaultHeader, staged: StagedRecoveryCode): VaultHeader {
  return {
    ...withoutStaged(header),
    keys: { ...header.keys, recoveryWrappedVaultKey: staged.recoveryWrappedVaultKey },
    sealedRecoveryVerifier: staged.sealedVerifier,
    sealedPendingRecoveryCode: staged.sealedCode,
  };
}

function withoutStaged(header: VaultHeader): VaultHeader {
  const next = { ...header };
  delete next.stagedRecoveryCode;
  return next;
}

/** The recovery code the person has not yet said they kept, or null. Needs the open vault. */
export async function pendingRecoveryCode(ctx: VaultContext): Promise<string | null> {
  const session = ctx.runtime.requireSession();
  const header = await ctx.runtime.header();
  if (!header.sealedPendingRecoveryCode) return null;
  // A seal that no longer opens holds no code to show: the person makes a new one.
  return openPendingRecoveryCode(session.vaultKey, header.vaultId, header.sealedPendingRecoveryCode).catch(
    () => null,
  );
}

/** The person kept the code: the sealed copy goes. */
export async function keepRecoveryCode(ctx: VaultContext): Promise<void> {
  const header = { ...(await ctx.runtime.header()) };
  delete header.sealedPendingRecoveryCode;
  await vaultMeta.setHeader(await ctx.runtime.db(), header);
}

/** The server answered and did not take the code (as opposed to an answer that never arrived). */
function isRefusal(error: unknown): boolean {
  return error instanceof ServiceError && !['offline', 'internal', 'unavailable'].includes(error.code);
}

/**
 * A new recovery code after the passphrase: the same vault key wrapped by it. With an account the
 * server takes it first (and from then on refuses the old code); the code is kept aside, sealed, until
 * the person says they kept it, so a reload cannot lose it.
 */
export async function makeNewRecoveryCode(ctx: VaultContext, passphrase: string): Promise<string> {
  const { runtime } = ctx;
  const session = runtime.requireSession();
  // A code from before whose answer never came must be settled first, or it could be lost.
  // Settled again at the next unlock; the staged code stays until then, so it cannot be lost.
  await settleStagedRecoveryCode(ctx).catch(() => undefined);
  const header = await runtime.header();
  if (header.stagedRecoveryCode) throw new VaultStateError('recovery-code-unsettled');
  const { passphraseKeys } = await checkPassphrase(header, passphrase, runtime.kdfCost);
  const made = await newRecoveryCode(session.vaultKey);
  const staged: StagedRecoveryCode = {
    sealedCode: await sealPendingRecoveryCode(session.vaultKey, header.vaultId, made.recoveryCode),
    sealedVerifier: await sealRecoveryVerifier(session.vaultKey, header.vaultId, made.recoveryVerifier),
    recoveryWrappedVaultKey: made.recoveryWrappedVaultKey,
  };
  const db = await runtime.db();
  if (!(await vaultMeta.account(db))) {
    await vaultMeta.setHeader(db, withCodeInPlace(header, staged));
    return made.recoveryCode;
  }
  // Staged first: should the answer be lost after the server took the code, it is still here.
  await vaultMeta.setHeader(db, { ...header, stagedRecoveryCode: staged });
  try {
    await runtime.accounts.newRecoveryCode({
      currentAuthSecret: passphraseKeys.authSecret,
      recoveryVerifier: made.recoveryVerifier,
      recoveryWrappedVaultKey: made.recoveryWrappedVaultKey,
    });
  } catch (error) {
    if (isRefusal(error)) await vaultMeta.setHeader(db, header);
    // Settled again at the next unlock; the header read below says what holds now.
    else await settleStagedRecoveryCode(ctx).catch(() => undefined);
    const after = await runtime.header();
    if (!sameBytes(after.keys.recoveryWrappedVaultKey, staged.recoveryWrappedVaultKey)) throw error;
    return made.recoveryCode;
  }
  await vaultMeta.setHeader(db, withCodeInPlace(header, staged));
  return made.recoveryCode;
}

/**
 * A code staged before the page was closed: it takes its place if the server has it, and goes if the
 * server kept the old one. Offline or signed out, it waits for the next time. `serverKeys` when the
 * caller just read them (a sign-in).
 */
export async function settleStagedRecoveryCode(ctx: VaultContext, serverKeys?: KeyBundle): Promise<void> {
  const { runtime } = ctx;
  const header = await runtime.header();
  const staged = header.stagedRecoveryCode;
  if (!staged) return;
  const db = await runtime.db();
  if (!(await vaultMeta.account(db))) return vaultMeta.setHeader(db, withoutStaged(header));
  const keys =
    serverKeys ??
    (await runtime.accounts.session().then(
      (s) => s.keys,
      () => null,
    ));
  if (!keys) return;
  const isOnServer = sameBytes(keys.recoveryWrappedVaultKey, staged.recoveryWrappedVaultKey);
  await vaultMeta.setHeader(db, isOnServer ? withCodeInPlace(header, staged) : withoutStaged(header));
}

/**
 * Keys from the server replace this device's (signing in again after a change elsewhere). When the
 * recovery code changed elsewhere, the verifier and any code kept aside here belong to the old one.
 */
export function adoptServerKeys(header: VaultHeader, keys: KeyBundle): VaultHeader {
  if (sameBytes(keys.recoveryWrappedVaultKey, header.keys.recoveryWrappedVaultKey))
    return { ...header, keys };
  const next = { ...header, keys };
  delete next.sealedRecoveryVerifier;
  delete next.sealedPendingRecoveryCode;
  return next;
}
