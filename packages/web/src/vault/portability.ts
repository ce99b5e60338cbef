import { readVaultExport, type VaultObject } from '@tend/core';
import { saveObjects } from '@tend/sync';
import { VaultImportError, VaultStateError } from './errors.ts';
import { gatherExportJson } from './export-json.ts';
import type { VaultContext } from './vault-context.ts';
import { checkPassphrase, refreshPending } from './session.ts';

/** Every live object as readable JSON, after the passphrase is asked for again. */
export async function exportVault(ctx: VaultContext, passphrase: string): Promise<string> {
  const session = ctx.runtime.requireSession();
  await checkPassphrase(await ctx.runtime.header(), passphrase, ctx.runtime.kdfCost);
  // Never a part of the vault as if it were all of it: an export waits for every record to open.
  await session.view.whenOpen();
  if (ctx.runtime.session !== session) throw new VaultStateError('locked');
  return gatherExportJson(session.view.all(), ctx.runtime.clock.now());
}

/** Reads an export into the vault, merged with objects of the same id; a damaged file is refused whole. */
export async function importVault(ctx: VaultContext, json: string): Promise<number> {
  ctx.runtime.requireSession();
  const read = readVaultExport(json);
  if (!read.ok) throw new VaultImportError(read.problem);
  return importObjects(ctx, read.objects);
}

/** Saves many objects in one go, merged with objects of the same id; returns how many changed. */
export async function importObjects(ctx: VaultContext, objects: readonly VaultObject[]): Promise<number> {
  const session = ctx.runtime.requireSession();
  const changes = await saveObjects(session.ports, objects);
  await refreshPending(ctx.runtime);
  if (ctx.runtime.account) ctx.loop.nudge();
  return changes.filter((c) => c.object !== null).length;
}

/**
 * Which of these ids this device keeps a deletion for. A deletion wins over a later save anyway;
 * asking first lets the preview of an import say so instead of promising to add them.
 */
export async function deletedAmong(ctx: VaultContext, ids: readonly string[]): Promise<ReadonlySet<string>> {
  const session = ctx.runtime.requireSession();
  const states = await session.ports.store.read(ids);
  return new Set(states.flatMap((state) => (state.record?.deleted ? [state.record.id] : [])));
}

/** The same export, encrypted to a passphrase the person chooses, in the age format. */
export async function exportBackup(
  ctx: VaultContext,
  passphrase: string,
  backupPassphrase: string,
): Promise<Uint8Array> {
  const json = await exportVault(ctx, passphrase);
  // Loaded on first use, with the worker and the age library, so none is in the first load.
  const { sealOffThread } = await import('./age-jobs.ts');
  return sealOffThread(json, backupPassphrase);
}

/** Opens a whole backup first, then imports it as an export: a file that does not open changes nothing. */
export async function importBackup(
  ctx: VaultContext,
  file: Uint8Array,
  backupPassphrase: string,
): Promise<number> {
  ctx.runtime.requireSession();
  const { openOffThread } = await import('./age-jobs.ts');
  return importVault(ctx, await openOffThread(file, backupPassphrase));
}
