import type { VaultKey } from '@tend/crypto';
import { forgetServer } from '@tend/sync';
import { settleStagedRecoveryCode } from './recovery-codes.ts';
import type { VaultContext } from './vault-context.ts';
import { openSessionRecords, refreshPending, showSession, type SealedRecords } from './session.ts';
import { vaultMeta, type VaultHeader } from './vault-meta.ts';

/** Finishes making the records local-only after an account was deleted (resumes after a crash). */
export async function finishForgettingServer(ctx: VaultContext): Promise<void> {
  const { runtime } = ctx;
  const session = runtime.requireSession();
  const db = await runtime.db();
  if (!(await vaultMeta.forgettingServer(db))) return;
  await forgetServer(session.ports);
  await vaultMeta.setForgettingServer(db, false);
  await refreshPending(runtime);
}

/** Shows the unlocked vault, opens it and, with an account, starts syncing. */
export async function enterVault(
  ctx: VaultContext,
  header: VaultHeader,
  vaultKey: VaultKey,
  sealed?: SealedRecords,
): Promise<void> {
  const { runtime } = ctx;
  runtime.account = await vaultMeta.account(await runtime.db());
  // Shown at once, still opening; this goes on once every record is open.
  const session = await showSession(runtime, ctx.channel, header, vaultKey);
  // The key is the same whether or not every record is open yet: kept now, so a reload in the first
  // seconds does not ask for the passphrase again. A failure to keep it is heard once the records are
  // open, as before; held here as a value meanwhile, so it never goes unheard.
  const remembering = ctx.remembered.afterUnlock().then(
    () => ({ failure: null }),
    (failure: unknown) => ({ failure }),
  );
  try {
    await openSessionRecords(runtime, session, sealed);
  } catch (error) {
    // The vault did not open after all: nothing of it stays remembered.
    await remembering;
    // A wrap whose drop failed still ends at its own expiry; why the vault did not open is what is told.
    await ctx.remembered.drop().catch(() => undefined);
    throw error;
  }
  const { failure } = await remembering;
  // Locked while it opened: nothing more to do for this session (the lock dropped the remembered key).
  if (runtime.session !== session) return;
  if (failure !== null) throw failure;
  await finishForgettingServer(ctx);
  // What was written while locked comes in now; a storage failure leaves it for the next unlock.
  await ctx.inbox.openInto(session).catch(() => undefined);
  if (runtime.account) ctx.loop.start();
  else runtime.setSync({ status: 'local-only' });
  // Rare (a new recovery code cut off midway) and may ask the server: never in the way of unlocking.
  if (header.stagedRecoveryCode) void settleStagedRecoveryCode(ctx).catch(() => undefined);
}
