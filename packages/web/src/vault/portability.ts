import { makeVaultExport, readVaultExport } from '@tend/core';
import { saveObjects } from '@tend/sync';
import { VaultImportError } from './errors.ts';
import type { VaultContext } from './runtime.ts';
import { checkPassphrase, refreshPending } from './session.ts';

/** Every live object as readable JSON, after the passphrase is asked for again. */
export async function exportVault(ctx: VaultContext, passphrase: string): Promise<string> {
  const session = ctx.runtime.requireSession();
  await checkPassphrase(await ctx.runtime.header(), passphrase, ctx.runtime.kdfCost);
  return JSON.stringify(makeVaultExport(session.view.all(), ctx.runtime.clock.now()), null, 2);
}

/** Reads an export into the vault, merged with objects of the same id; a damaged file is refused whole. */
export async function importVault(ctx: VaultContext, json: string): Promise<number> {
  const session = ctx.runtime.requireSession();
  const read = readVaultExport(json);
  if (!read.ok) throw new VaultImportError(read.problem);
  const changes = await saveObjects(session.ports, read.objects);
  await refreshPending(ctx.runtime);
  if (ctx.runtime.account) ctx.loop.nudge();
  return changes.filter((c) => c.object !== null).length;
}
