/** A module worker that opens batches of sealed records and answers each with JSON (see open-jobs.ts). */
import { openBatch, type OpenAnswer, type OpenJob } from './open-jobs.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenJob>) => void) | null;
  postMessage(answer: OpenAnswer): void;
}

// lib.dom types the global scope as a Window; in this file it is a dedicated worker's scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { job, vaultKey, ownerId, records } = event.data;
  openBatch(vaultKey, ownerId, records).then(
    // One string crosses to the page far quicker than thousands of objects cloned one by one.
    (opened) => scope.postMessage({ job, ok: true, opened: JSON.stringify(opened) }),
    () => scope.postMessage({ job, ok: false }),
  );
};
