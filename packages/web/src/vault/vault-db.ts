import {
  deleteDB,
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { fromBase64Url } from '@tend/core';
import type { LocalRecord, OutboxEntry } from '@tend/sync';
import { metaToBytes } from './meta-to-bytes.ts';
import { intoPages, type RecordPage } from './record-pages.ts';

/**
 * Something written while the vault was locked, sealed to the vault's inbox key; keyed by the object
 * id. The seal is bytes; an item written by an earlier version of Tend holds base64url text instead
 * (see `inboxSealBytes`).
 */
export interface InboxItem {
  readonly id: string;
  readonly sealed: Uint8Array | string;
  readonly savedAt: number;
}

/**
 * An inbox item's seal as bytes. Items are only ever read to be opened and then deleted at the next
 * unlock, so one kept as text is converted there, not by a database upgrade; text that does not
 * decode becomes no bytes, which does not open and is refused like any damaged item.
 */
export function inboxSealBytes(item: InboxItem): Uint8Array {
  if (typeof item.sealed !== 'string') return item.sealed;
  try {
    return fromBase64Url(item.sealed);
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * This device's vault in IndexedDB: sealed records in pages (record-pages.ts), the outbox, the locked
 * inbox and a few meta entries (the key header, the account, the sync cursor, device settings).
 * Nothing here is plaintext a person wrote. A record's ciphertext is kept as bytes (since version 3;
 * text before), many records to a page (since version 4; one value per record before); the key
 * header's seals and the quick-unlock wraps as bytes (since version 5; text before).
 */
export interface TendDbSchema extends DBSchema {
  meta: { key: string; value: unknown };
  pages: { key: string; value: RecordPage };
  /** Until version 4: one value per record. Only an upgrade reads it, then deletes it. */
  records: { key: string; value: LocalRecord };
  outbox: { key: string; value: OutboxEntry; indexes: { queuedAt: number } };
  inbox: { key: string; value: InboxItem };
}

export type VaultDb = IDBPDatabase<TendDbSchema>;

export { defaultDbName } from './vault-presence.ts';

/** Every write that must survive a crash or power loss waits for the disk. */
export const strict = { durability: 'strict' } as const;

/** `onClosed` hears when this connection gives way to another tab deleting the database. */
export function openVaultDb(name: string, onClosed: () => void = () => undefined): Promise<VaultDb> {
  return openDB<TendDbSchema>(name, 5, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
      }
      // Version 2: the locked inbox.
      if (oldVersion < 2) db.createObjectStore('inbox', { keyPath: 'id' });
      // Version 4: records in pages.
      if (oldVersion < 4) db.createObjectStore('pages', { keyPath: 'start' });
      // Versions 3 to 5 convert what is stored inside the upgrade's own transaction, so the vault
      // opens only once everything is converted, or (if anything fails) stays as it was.
      if (oldVersion >= 1 && oldVersion < 5) {
        const upgrade = async () => {
          // Version 3: ciphertext as bytes.
          if (oldVersion < 3) await recordsToBytes(transaction);
          if (oldVersion < 4) {
            await recordsToPages(transaction);
            db.deleteObjectStore('records');
          }
          // Version 5: the key header's seals and the quick-unlock wraps as bytes.
          await sealsInMetaToBytes(transaction);
        };
        // A request that fails aborts the upgrade by itself: openDB rejects and the vault stays as it was.
        upgrade().catch(() => {
          try {
            transaction.abort();
          } catch {
            // Already aborted by the request that failed: nothing was changed.
          }
        });
      }
    },
    // Another tab wants to delete or upgrade the database: let it, rather than block it forever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated: onClosed,
  });
}

/**
 * Rewrites each record whose ciphertext is base64url text as the same bytes. Text that does not
 * decode is left as it is: it never opened and still does not (the record is counted as refused).
 */
async function recordsToBytes(
  transaction: IDBPTransaction<TendDbSchema, StoreNames<TendDbSchema>[], 'versionchange'>,
): Promise<void> {
  let cursor = await transaction.objectStore('records').openCursor();
  while (cursor) {
    const text: unknown = cursor.value.ciphertext;
    if (typeof text === 'string') {
      let bytes: Uint8Array | null = null;
      try {
        bytes = fromBase64Url(text);
      } catch {
        // Left as text; see above.
      }
      if (bytes) await cursor.update({ ...cursor.value, ciphertext: bytes });
    }
    cursor = await cursor.continue();
  }
}

/** Moves every record, as it is, from one value each into pages. */
async function recordsToPages(
  transaction: IDBPTransaction<TendDbSchema, StoreNames<TendDbSchema>[], 'versionchange'>,
): Promise<void> {
  const records = await transaction.objectStore('records').getAll();
  const pages = transaction.objectStore('pages');
  for (const page of intoPages(records)) await pages.put(page);
}

/** Rewrites the meta entries that hold seals with their text as bytes (`meta-to-bytes.ts`). */
async function sealsInMetaToBytes(
  transaction: IDBPTransaction<TendDbSchema, StoreNames<TendDbSchema>[], 'versionchange'>,
): Promise<void> {
  const meta = transaction.objectStore('meta');
  for (const [key, toBytes] of Object.entries(metaToBytes)) {
    const value: unknown = await meta.get(key);
    if (value !== undefined) await meta.put(toBytes(value), key);
  }
}

export function deleteVaultDb(name: string): Promise<void> {
  return deleteDB(name);
}
