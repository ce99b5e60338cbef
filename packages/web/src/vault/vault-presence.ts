/** The IndexedDB database of this device's vault, unless told otherwise (tests give each device its own). */
export const defaultDbName = 'tend';

/** A browser that has not listed its databases by then is asked the long way, by opening. */
const listingTimeoutMs = 500;

/**
 * Whether this device may hold the vault's database, asked without opening it: opening would make an
 * empty one, and needs the vault's code first. The answer is "yes" whenever the browser cannot tell
 * (no listing, a failure, no answer in time), so the caller then opens the database as it always did;
 * "no" means there is certainly no vault on this device.
 */
export async function mayHoldVaultDb(name: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLate = new Promise<boolean>((resolve) => {
    timer = setTimeout(resolve, listingTimeoutMs, true);
  });
  const listed = indexedDB.databases().then(
    (databases) => databases.some((database) => database.name === name),
    () => true,
  );
  try {
    return await Promise.race([listed, tooLate]);
  } finally {
    clearTimeout(timer);
  }
}
