// The backup's job in a Node worker thread, as the browser runs it in a module worker, so that
// npm run bench:export can measure what the main thread goes through either way.
import { parentPort } from 'node:worker_threads';
import { answerAgeJob, transferOf, type AgeJob } from '../src/vault/age-jobs.ts';

parentPort?.on('message', (job: AgeJob) => {
  void answerAgeJob(job).then((answer) =>
    // Handed back, not copied, as the app's worker does.
    parentPort?.postMessage(answer, transferOf(answer)),
  );
});
