import { vaultExportPieces, type VaultObject } from '@tend/core';

/** Lets the page's other work (a moving bar, a tap) run before the next piece. */
const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

/**
 * The export's JSON gathered a few hundred objects at a time, so that a ten-year vault never holds
 * the page for long while an export or a backup is made.
 */
export async function gatherExportJson(objects: readonly VaultObject[], now: number): Promise<string> {
  const pieces: string[] = [];
  for (const piece of vaultExportPieces(objects, now)) {
    pieces.push(piece);
    await nextTask();
  }
  return pieces.join('');
}
