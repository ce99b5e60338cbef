import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LocalRecord, OutboxEntry } from '@tend/sync';

/** Something written while the vault was locked, sealed to the vault's inbox key; keyed by the object id. */
export interface InboxItem {
  readonly id: string;
  readonly sealed: string;
  readonly savedAt: number;
}

/**
 * This device's vault in IndexedDB: sealed records, the outbox, the locked inbox and a few meta
 * entries (the key header, the account, the sync cursor, device settings). Nothing here is plaintext
 * a person wrote.
 */
export interface TendDbSchema extends DBSchema {
  meta: { key: string; value: unknown };
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
  return openDB<TendDbSchema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('records', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
      }
      // Version 2: the locked inbox.
      if (oldVersion < 2) db.createObjectStore('inbox', { keyPath: 'id' });
    },
    // Another tab wants to delete or upgrade the database: let it, rather than block it forever.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated: onClosed,
  });
}

export function deleteVaultDb(name: string): Promise<void> {
  return deleteDB(name);
}
