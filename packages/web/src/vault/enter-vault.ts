import type { VaultKey } from '@tend/crypto';
import { forgetServer, type LocalRecord } from '@tend/sync';
import { settleStagedRecoveryCode } from './recovery-codes.ts';
import type { VaultContext } from './runtime.ts';
import { openSession, refreshPending } from './session.ts';
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
  records?: Promise<readonly LocalRecord[]>,
): Promise<void> {
  const { runtime } = ctx;
  runtime.account = await vaultMeta.account(await runtime.db());
  // Shown at once, still opening; this goes on once every record is open.
  const session = await openSession(runtime, ctx.channel, header, vaultKey, records);
  // Locked while it opened: nothing more to do for this session.
  if (runtime.session !== session) return;
  await finishForgettingServer(ctx);
  // What was written while locked comes in now; a storage failure leaves it for the next unlock.
  await ctx.inbox.openInto(session).catch(() => undefined);
  await ctx.remembered.afterUnlock();
  if (runtime.account) ctx.loop.start();
  else runtime.setSync({ status: 'local-only' });
  // Rare (a new recovery code cut off midway) and may ask the server: never in the way of unlocking.
  if (header.stagedRecoveryCode) void settleStagedRecoveryCode(ctx).catch(() => undefined);
}
