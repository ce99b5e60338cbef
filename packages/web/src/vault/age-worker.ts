/**
 * A module worker that makes or opens one age backup and answers (see age-jobs.ts). The sealed bytes
 * are handed back, not copied.
 */
import { answerAgeJob, transferOf, type AgeAnswer, type AgeJob } from './age-jobs.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AgeJob>) => void) | null;
  postMessage(answer: AgeAnswer, transfer: Transferable[]): void;
}

// lib.dom types the global scope as a Window; in this file it is a dedicated worker's scope.
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answerAgeJob(event.data).then((answer) => {
    scope.postMessage(answer, transferOf(answer));
  });
};
