import type { LocalRecord } from '@tend/sync';
import {
  findRecord,
  firstPageStart,
  isRecordPage,
  pageStartFor,
  setRecord,
  splitPage,
  type RecordPage,
} from './record-pages.ts';
import type { VaultDb } from './vault-db.ts';

/** The pages object store as a transaction offers it; `put` and `delete` only when it writes. */
interface PagesStore {
  getAllKeys(): Promise<string[]>;
  get(start: string): Promise<unknown>;
  put?: ((page: RecordPage) => Promise<unknown>) | undefined;
  delete?: ((start: string) => Promise<unknown>) | undefined;
}

/**
 * The pages one transaction reads and changes: each read once, changed in memory, and written back
 * (split when grown past its bounds) by `flush`, inside the same transaction.
 */
export interface PageSet {
  get(id: string): Promise<LocalRecord | undefined>;
  set(id: string, record: LocalRecord | null): Promise<void>;
  flush(): Promise<void>;
}

export async function openPageSet(store: PagesStore): Promise<PageSet> {
  const starts = (await store.getAllKeys()).sort();
  // Each page is read once, even when several ids on it are asked for at the same time.
  const loaded = new Map<string, Promise<RecordPage>>();
  const changed = new Set<string>();
  function pageOf(id: string): Promise<RecordPage> {
    const start = pageStartFor(starts, id);
    let page = loaded.get(start);
    if (!page) {
      page = store
        .get(start)
        .then((stored) => (isRecordPage(stored) ? stored : { start: firstPageStart, records: [] }));
      loaded.set(start, page);
    }
    return page;
  }
  return {
    async get(id) {
      return findRecord(await pageOf(id), id);
    },
    async set(id, record) {
      const page = await pageOf(id);
      setRecord(page, id, record);
      changed.add(page.start);
    },
    async flush() {
      if (changed.size && (!store.put || !store.delete))
        throw new Error('pages changed in a read-only transaction');
      for (const start of changed) {
        const page = await loaded.get(start);
        if (!page) continue;
        // An emptied page goes, its ids falling to the page before; the first page always stays.
        if (page.records.length === 0 && start !== firstPageStart) await store.delete?.(start);
        else for (const part of splitPage(page)) await store.put?.(part);
      }
      changed.clear();
    },
  };
}

/** Every record of the vault, page by page (one read per page). */
export async function readAllRecords(db: VaultDb): Promise<LocalRecord[]> {
  const pages = await db.getAll('pages');
  return pages.filter(isRecordPage).flatMap((page) => page.records);
}

/**
 * The vault's records page by page, each handed on as soon as it is read, so opening the first pages
 * overlaps reading the rest. Reading starts at once, whether or not anyone iterates yet (an unlock
 * starts it before the key is open); `read` settles when every page is in.
 */
export interface PageFeed extends AsyncIterable<readonly LocalRecord[]> {
  readonly read: Promise<void>;
}

export function readPagesAhead(db: VaultDb): PageFeed {
  const pages: (readonly LocalRecord[])[] = [];
  let isDone = false;
  let wake: () => void = () => undefined;
  const read = (async () => {
    const tx = db.transaction('pages', 'readonly');
    const store = tx.objectStore('pages');
    const starts = await store.getAllKeys();
    // All asked for at once; IndexedDB answers them in order, each as it is read.
    await Promise.all(
      starts.map(async (start) => {
        const page = await store.get(start);
        if (isRecordPage(page)) pages.push(page.records);
        wake();
      }),
    );
    await tx.done;
  })().finally(() => {
    isDone = true;
    wake();
  });
  return {
    read,
    async *[Symbol.asyncIterator]() {
      let next = 0;
      for (;;) {
        const page = pages[next];
        if (page) {
          next += 1;
          yield page;
        } else if (isDone) {
          // Every page was handed on; a failed read is thrown here.
          await read;
          return;
        } else {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      }
    },
  };
}

/** One stored record, as this device keeps it (for checks and repairs, not for the hot path). */
export async function readRecord(db: VaultDb, id: string): Promise<LocalRecord | undefined> {
  const tx = db.transaction('pages', 'readonly');
  const pages = await openPageSet(tx.objectStore('pages'));
  const record = await pages.get(id);
  await tx.done;
  return record;
}
