/**
 * Whether this device has held a vault, as the app last saw it: a mark in localStorage, which can be
 * read at once, long before IndexedDB answers. It says no more than the database's own name does.
 */
const storageKey = 'tend.vault-here';

/**
 * A first visit as far as this device can tell at once: no mark, and no service worker answering the
 * page (one that does means Tend was opened here before, perhaps with a vault made before the mark
 * existed). Then the welcome shows without waiting for IndexedDB, whose answer still follows and wins.
 * Storage refused counts as "perhaps not": the app then waits for IndexedDB, as it always did.
 */
export function looksLikeFirstVisit(): boolean {
  if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller) return false;
  try {
    return globalThis.localStorage?.getItem(storageKey) === null;
  } catch {
    return false;
  }
}

/** Keeps the mark in step with the vault's status: set while a vault is here, gone once none is. */
export function markVaultHere(isHere: boolean): void {
  try {
    if (isHere) globalThis.localStorage?.setItem(storageKey, '1');
    else globalThis.localStorage?.removeItem(storageKey);
  } catch {
    // Storage refused (a private window, a policy): the next visit waits for IndexedDB, as it always did.
  }
}
