/**
 * Argon2id for unlocking, in a module worker: at m=64 MiB, t=3 it holds a thread for about a second,
 * and meanwhile the page's own thread takes the sealed records from IndexedDB (started first, in
 * `unlockWith`), so the two overlap for real rather than take turns.
 */
import { argon2InPlace, type Argon2, type Argon2Input } from '@tend/crypto';

export type KdfAnswer = { readonly ok: true; readonly key: Uint8Array } | { readonly ok: false };

/**
 * Runs Argon2id in a worker of its own, ended once it answers. Where there is no Worker (Node), or the
 * worker cannot start or fails, it runs in place instead: unlocking never depends on the worker.
 */
export const argon2InWorker: Argon2 = async (input: Argon2Input) => {
  if (typeof Worker === 'undefined') return argon2InPlace(input);
  const worker = new Worker(new URL('./kdf-worker.ts', import.meta.url), { type: 'module', name: 'kdf' });
  try {
    const answer = await new Promise<KdfAnswer>((resolve) => {
      worker.onmessage = (event: MessageEvent<KdfAnswer>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve({ ok: false });
      };
      worker.postMessage(input);
    });
    return answer.ok ? answer.key : await argon2InPlace(input);
  } finally {
    worker.terminate();
  }
};
