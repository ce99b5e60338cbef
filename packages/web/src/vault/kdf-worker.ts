/** A module worker that runs Argon2id once and answers with the key (see kdf-jobs.ts). */
import { argon2InPlace, type Argon2Input } from '@tend/crypto';
import type { KdfAnswer } from './kdf-jobs.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Argon2Input>) => void) | null;
  postMessage(answer: KdfAnswer, transfer: Transferable[]): void;
}

// lib.dom types the global scope as a Window; in this file it is a dedicated worker's scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  argon2InPlace(event.data).then(
    (key) => scope.postMessage({ ok: true, key }, key.buffer instanceof ArrayBuffer ? [key.buffer] : []),
    () => scope.postMessage({ ok: false }, []),
  );
};
