import type { Page } from 'playwright-core';

/**
 * Everything this origin keeps on the device, as text: local and session storage, every IndexedDB
 * store (byte buffers spelled out), and every cached response. For checks that nothing readable stays.
 */
export function storedOnDevice(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((done, fail) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        dump.push(
          JSON.stringify(all, (_key, value: unknown) =>
            value instanceof ArrayBuffer ? [...new Uint8Array(value)] : value,
          ),
        );
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) dump.push((await (await cache.match(request))?.text()) ?? '');
    }
    return dump.join('\n');
  });
}
