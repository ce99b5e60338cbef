import type { AccessLogEntry } from '@tend/contract';
import { editVaultObject } from '@tend/core';
import { verifyAccessLog } from '@tend/crypto';
import type { AccessLogView } from '../practice-service.ts';
import { ServiceError } from '../vault-service.ts';
import { now, requireAccount, type PracticeDeps } from './practice-deps.ts';
import { connectionById } from './practice-objects.ts';

async function wholeLog(deps: PracticeDeps): Promise<AccessLogEntry[]> {
  const entries: AccessLogEntry[] = [];
  for (;;) {
    const page = await deps.api.accessLog(entries.at(-1)?.seq ?? 0);
    entries.push(...page.entries);
    if (!page.hasMore || page.entries.length === 0) return entries;
  }
}

/**
 * Every fetch the practitioner made of this connection's share. The chain covers all of the account's
 * entries (across shares), so the whole log is checked before this connection's entries are picked out;
 * a head verified earlier must still be in it, so a rewrite of older entries shows too.
 */
export async function accessLog(deps: PracticeDeps, connectionId: string): Promise<AccessLogView> {
  requireAccount(deps);
  const connection = connectionById(deps.vault, connectionId);
  if (!connection) throw new ServiceError('not_found', 'There is no such connection.');
  const entries = await wholeLog(deps);
  const knownHead = connection.fields.accessLogHead;
  const check = await verifyAccessLog(entries, { knownHead });
  if (check.ok && check.head && check.head.seq > (knownHead?.seq ?? 0)) {
    const latest = connectionById(deps.vault, connectionId) ?? connection;
    await deps.vault.save(editVaultObject(latest, { accessLogHead: check.head }, now(deps)));
  }
  const mine = entries
    .filter((e) => e.shareId === connection.fields.shareId)
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({ seq: e.seq, at: e.at, itemIds: e.recordIds }));
  return { entries: mine, verified: check.ok };
}
