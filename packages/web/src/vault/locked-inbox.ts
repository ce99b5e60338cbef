import {
  checkJournalEntry,
  checkKindnessMoment,
  checkPause,
  isJournalEntry,
  isKindnessMoment,
  isPause,
  journalEntryKind,
  kindnessKind,
  mergeVaultObjects,
  pauseKind,
  stableJson,
  type VaultObject,
} from '@tend/core';
import {
  newInboxKeys,
  openInboxItem,
  openInboxPrivateKey,
  RecordRefusedError,
  sealForInbox,
  type InboxKeys,
} from '@tend/crypto';
import { sameBytes, saveObject } from '@tend/sync';
import type { VaultRuntime, VaultSession } from './runtime.ts';
import { refreshPending } from './session.ts';
import { inboxSealBytes, strict, type InboxItem, type VaultDb } from './vault-db.ts';
import { vaultMeta, type VaultHeader } from './vault-meta.ts';

/** What can be written while the vault is locked: the moment-of-need kinds, nothing else. */
export const lockedKinds: ReadonlySet<string> = new Set([pauseKind, journalEntryKind, kindnessKind]);

/** What the last unlock found in the inbox: added to the vault, or refused (could not be opened). */
export interface InboxOpened {
  readonly added: number;
  readonly refused: number;
}

/** One of the locked kinds, and valid as such: the inbox key is public, so what it opens is checked. */
function isWellFormed(object: VaultObject): boolean {
  if (isPause(object)) return checkPause(object.fields).length === 0;
  if (isJournalEntry(object)) return checkJournalEntry(object.fields).length === 0;
  if (isKindnessMoment(object)) return checkKindnessMoment(object.fields).length === 0;
  return false;
}

/**
 * Adds an opened item to the vault. It may only add a new object: one already there is either this
 * same item seen again (nothing to do) or refused, so the inbox can never change what the vault holds.
 */
async function addToVault(
  session: VaultSession,
  object: VaultObject,
): Promise<'added' | 'already' | 'refused'> {
  const [state] = await session.ports.store.read([object.id]);
  if (state?.record) {
    const stored = session.view.get(object.id);
    const isSame = stored && stableJson(mergeVaultObjects(stored, object)) === stableJson(stored);
    return isSame ? 'already' : 'refused';
  }
  await saveObject(session.ports, object);
  return 'added';
}

/** Deletes an item only if it is still the one that was opened (a locked tab may have written a newer one). */
async function deleteIfSame(db: VaultDb, item: InboxItem): Promise<void> {
  const tx = db.transaction('inbox', 'readwrite', strict);
  const current = await tx.store.get(item.id);
  if (current && sameBytes(inboxSealBytes(current), inboxSealBytes(item))) await tx.store.delete(item.id);
  await tx.done;
}

/**
 * The locked inbox. While the vault is locked, a pause, a journal entry or a kindness moment is sealed
 * to the inbox public key kept in the key header and stored in IndexedDB's `inbox`; nothing readable
 * stays. At the next unlock each item is opened with the inbox private key (sealed under the vault key)
 * and saved into the vault like any write, then deleted; one that does not open is refused, counted
 * and let go, and never stands in the way of unlocking.
 */
export function createLockedInbox(runtime: VaultRuntime) {
  let isReady = false;
  let waiting = 0;
  let lastOpened: InboxOpened | null = null;

  async function count(db: VaultDb): Promise<void> {
    waiting = await db.count('inbox');
  }

  /** The inbox private key; a pair that does not open (or was swapped) is replaced by a new one. */
  async function privateKeyFor(session: VaultSession, header: VaultHeader): Promise<CryptoKey> {
    if (header.inbox) {
      // A pair that does not open is replaced below: that is what can be done with it.
      const opened = await openInboxPrivateKey(session.vaultKey, header.vaultId, header.inbox).catch(
        () => null,
      );
      if (opened) return opened;
    }
    const keys: InboxKeys = await newInboxKeys(session.vaultKey, header.vaultId);
    await vaultMeta.setHeader(await runtime.db(), { ...(await runtime.header()), inbox: keys });
    isReady = true;
    return openInboxPrivateKey(session.vaultKey, header.vaultId, keys);
  }

  return {
    isReady: () => isReady,
    waiting: () => waiting,
    lastOpened: () => lastOpened,
    acknowledge(): void {
      lastOpened = null;
    },
    async load(): Promise<void> {
      const db = await runtime.db();
      isReady = Boolean((await vaultMeta.header(db))?.inbox);
      await count(db);
    },
    /** Whether a save while locked goes here. */
    accepts: (object: VaultObject): boolean => !runtime.session && isReady && lockedKinds.has(object.kind),

    /** Seals the object to the inbox key; a later save of the same object replaces it. */
    async put(object: VaultObject): Promise<void> {
      const db = await runtime.db();
      const header = await runtime.header();
      if (!header.inbox || !lockedKinds.has(object.kind))
        throw new RangeError('this cannot be written while locked');
      const sealed = await sealForInbox(
        header.inbox.publicKey,
        { vaultId: header.vaultId, itemId: object.id },
        object,
      );
      const tx = db.transaction('inbox', 'readwrite', strict);
      await tx.store.put({ id: object.id, sealed, savedAt: runtime.clock.now() });
      await tx.done;
      await count(db);
      runtime.notify();
    },

    /** At unlock: every item into the vault, once. Saving merges, so an item seen twice changes nothing. */
    async openInto(session: VaultSession): Promise<void> {
      const db = await runtime.db();
      const header = await runtime.header();
      const privateKey = await privateKeyFor(session, header);
      const items = await db.getAll('inbox');
      const counts = { added: 0, already: 0, refused: 0 };
      for (const item of items) {
        const ad = { vaultId: header.vaultId, itemId: item.id };
        const sealed = inboxSealBytes(item);
        const object = await openInboxItem(privateKey, ad, sealed).catch((error: unknown) => {
          if (error instanceof RecordRefusedError) return null;
          throw error;
        });
        counts[object && isWellFormed(object) ? await addToVault(session, object) : 'refused'] += 1;
        // A refused item never opens (altered, or sealed to a key this vault no longer has): it goes.
        await deleteIfSame(db, item);
      }
      const { added, refused } = counts;
      await count(db);
      if (items.length) {
        lastOpened = { added, refused };
        await refreshPending(runtime);
        // Home may already show (the vault shows while it opens): it hears what came in.
        runtime.notify();
      }
    },
  };
}

export type LockedInbox = ReturnType<typeof createLockedInbox>;
