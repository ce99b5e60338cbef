import {
  editPracticeReply,
  editSessionList,
  editVaultObject,
  isSharedItem,
  practiceLimits,
  practiceReply,
  sessionList,
  setGoingForward as withGoingForward,
  shareDocument,
  shareItem,
  unshareItem,
  type Connection,
  type SessionListEntry,
  type ShareMode,
  type ShareableKind,
  type SuggestionDecision,
  type VaultObject,
} from '@tend/core';
import { sealClientLabel } from '@tend/crypto';
import type { PractitionerNote } from '../practice-service.ts';
import { ServiceError } from '../vault-service.ts';
import { endLocally } from './end-connection.ts';
import {
  hasCode,
  isOffline,
  now,
  requireAccount,
  shareLanguageOf,
  type PracticeDeps,
} from './practice-deps.ts';
import {
  connectionById,
  domainPorts,
  isActive,
  repliesOf,
  sessionListOf,
  sharedItemsOf,
} from './practice-objects.ts';
import { notesOf, openSharedRecords } from './shared-records.ts';

function connectionFor(deps: PracticeDeps, connectionId: string): Connection {
  requireAccount(deps);
  const connection = connectionById(deps.vault, connectionId);
  if (!connection) throw new ServiceError('not_found', 'There is no such connection.');
  return connection;
}

function refused(problems: readonly string[]): never {
  throw new RangeError(`This cannot be saved: ${problems.join(', ')}.`);
}

/**
 * Saved in the vault first (the truth); the mirror copies it to the share right after. Its outcome
 * goes to the sharing state the screens show, not to this caller: the save itself is done.
 */
async function saveAndMirror(deps: PracticeDeps, object: VaultObject): Promise<void> {
  await deps.vault.save(object);
  void deps.mirrorNow();
}

export async function share(
  deps: PracticeDeps,
  connectionId: string,
  objectId: string,
  mode: ShareMode,
): Promise<void> {
  const connection = connectionFor(deps, connectionId);
  const source = deps.vault.get(objectId);
  if (!source) throw new ServiceError('not_found', 'There is no such item.');
  const lookup = (id: string) => deps.vault.get(id);
  const held = sharedItemsOf(deps.vault, connectionId).find(
    (i) => i.fields.sourceId === objectId && i.fields.unsharedAt === null,
  );
  if (held && isActive(connection)) {
    if (held.fields.mode === mode) return;
    const snapshot =
      mode === 'snapshot' ? shareDocument(source, lookup, (await shareLanguageOf(deps)).language) : null;
    await saveAndMirror(deps, editVaultObject(held, { mode, snapshot }, now(deps)));
    return;
  }
  const made = shareItem(domainPorts(deps.ctx), {
    connection,
    source,
    mode,
    lookup,
    ...(await shareLanguageOf(deps)),
  });
  if (!made.ok) refused(made.problems);
  await saveAndMirror(deps, made.item);
}

/** Marks the item unshared, then removes its copy from the server before answering. */
export async function unshare(deps: PracticeDeps, sharedItemId: string): Promise<void> {
  requireAccount(deps);
  const item = deps.vault.get(sharedItemId);
  if (!item || !isSharedItem(item)) throw new ServiceError('not_found', 'There is no such shared item.');
  const unshared = unshareItem(domainPorts(deps.ctx), item);
  if (unshared !== item) await deps.vault.save(unshared);
  const { problems } = await deps.mirrorNow(item.fields.connectionId);
  for (const problem of problems) {
    if (problem.reason !== 'failed') continue;
    if (isOffline(problem.error))
      throw new ServiceError('offline', 'Unshared here; the server will follow when online.');
    throw problem.error;
  }
}

export async function setGoingForward(
  deps: PracticeDeps,
  connectionId: string,
  kind: ShareableKind,
  on: boolean,
): Promise<void> {
  const connection = connectionFor(deps, connectionId);
  const next = withGoingForward(domainPorts(deps.ctx), connection, kind, on);
  if (next !== connection) await saveAndMirror(deps, next);
}

export async function saveSessionList(
  deps: PracticeDeps,
  connectionId: string,
  list: { entries: readonly SessionListEntry[]; forDate: string | null },
): Promise<void> {
  connectionFor(deps, connectionId);
  const held = sessionListOf(deps.vault, connectionId);
  const ports = domainPorts(deps.ctx);
  const made = held ? editSessionList(ports, held, list) : sessionList(ports, { connectionId, ...list });
  if (!made.ok) refused(made.problems);
  await saveAndMirror(deps, made.sessionList);
}

export async function reply(
  deps: PracticeDeps,
  connectionId: string,
  toId: string,
  text: string,
  decision?: SuggestionDecision | null,
): Promise<void> {
  connectionFor(deps, connectionId);
  const held = repliesOf(deps.vault, connectionId).find((r) => r.fields.toId === toId);
  const ports = domainPorts(deps.ctx);
  const changes = decision === undefined ? { text } : { text, decision };
  const made = held
    ? editPracticeReply(ports, held, changes)
    : practiceReply(ports, { connectionId, toId, ...changes });
  if (!made.ok) refused(made.problems);
  await saveAndMirror(deps, made.reply);
}

/** Reads the practitioner's notes from the share (a client's fetch is not an access) and marks them seen. */
export async function conversation(
  deps: PracticeDeps,
  connectionId: string,
): Promise<readonly PractitionerNote[]> {
  const connection = connectionFor(deps, connectionId);
  if (!isActive(connection)) return [];
  const { shareId, shareKey } = connection.fields;
  const key = await deps.keys.clientKey(shareKey);
  let records;
  try {
    ({ records } = await deps.api.shareRecords(shareId));
  } catch (error) {
    if (!hasCode(error, 'not_found')) throw error;
    await endLocally(deps, connection, 'practitioner');
    return [];
  }
  const theirs = records.filter((r) => r.author === 'practitioner');
  const { opened } = await openSharedRecords(key, shareId, theirs);
  const replies = new Map(
    repliesOf(deps.vault, connectionId).map((r) => [
      r.fields.toId,
      { text: r.fields.text, decision: r.fields.decision },
    ]),
  );
  const latest = Math.max(
    deps.store.server()?.practitionerSeqs.get(shareId) ?? 0,
    ...theirs.map((r) => r.seq),
  );
  const current = connectionById(deps.vault, connectionId) ?? connection;
  if (latest > current.fields.seenPractitionerSeq) {
    await deps.vault.save(editVaultObject(current, { seenPractitionerSeq: latest }, now(deps)));
  }
  return notesOf(opened, replies);
}

/**
 * A new name for the practitioner to see. The server takes the sealed label first, so the vault never
 * says a name the practitioner does not see; offline, nothing changes and the person is told.
 */
export async function renameMe(deps: PracticeDeps, connectionId: string, myName: string): Promise<void> {
  const connection = connectionFor(deps, connectionId);
  if (!isActive(connection)) throw new ServiceError('not_found', 'This connection has ended.');
  const name = myName.trim();
  if (!name) refused(['name-missing']);
  if (name.length > practiceLimits.name) refused(['name-too-long']);
  if (name === connection.fields.myName) return;
  const { shareId, shareKey } = connection.fields;
  const sealed = await sealClientLabel(await deps.keys.clientKey(shareKey), shareId, name);
  await deps.api.relabelShare(shareId, sealed);
  await deps.vault.save(editVaultObject(connection, { myName: name }, now(deps)));
}
