/**
 * The age backup's work, done in a module worker: scrypt at 2^16 holds a thread for a second or more
 * on a phone, and the page must stay calm and responsive meanwhile. The worker and the age library
 * are loaded only when a backup is made or opened.
 */
import type { BackupOpenError } from './age-backup.ts';

export type AgeJob =
  | { readonly kind: 'seal'; readonly text: string; readonly passphrase: string }
  | { readonly kind: 'open'; readonly file: Uint8Array; readonly passphrase: string };

export type AgeAnswer =
  | { readonly ok: true; readonly sealed: Uint8Array }
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: BackupOpenError['problem'] | null; readonly message: string };

/** Does one job where it is called: in the worker, or in place where there is no Worker (Node). */
export async function answerAgeJob(job: AgeJob): Promise<AgeAnswer> {
  const { BackupOpenError, openBackup, sealBackup } = await import('./age-backup.ts');
  try {
    if (job.kind === 'seal') return { ok: true, sealed: await sealBackup(job.text, job.passphrase) };
    return { ok: true, text: await openBackup(job.file, job.passphrase) };
  } catch (error) {
    const problem = error instanceof BackupOpenError ? error.problem : null;
    return { ok: false, problem, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The sealed bytes' buffer, for a worker to hand over its answer rather than copy it. */
export function transferOf(answer: AgeAnswer): ArrayBuffer[] {
  const buffer = answer.ok && 'sealed' in answer ? answer.sealed.buffer : null;
  return buffer instanceof ArrayBuffer ? [buffer] : [];
}

/**
 * Runs a job in a worker of its own, ended once it answers. The worker answers every job, refusals
 * included; an error from the worker itself means it could not start (a browser without module
 * workers), and the job is then done in place rather than not at all.
 */
async function inWorker(job: AgeJob): Promise<AgeAnswer> {
  if (typeof Worker === 'undefined') return answerAgeJob(job);
  const worker = new Worker(new URL('./age-worker.ts', import.meta.url), { type: 'module', name: 'age' });
  try {
    return await new Promise<AgeAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<AgeAnswer>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error('The backup worker did not start.'));
      };
      worker.postMessage(job);
    });
  } catch {
    return answerAgeJob(job);
  } finally {
    worker.terminate();
  }
}

async function fail(answer: Extract<AgeAnswer, { ok: false }>): Promise<never> {
  if (answer.problem === null) throw new Error(answer.message);
  const { BackupOpenError } = await import('./age-backup.ts');
  throw new BackupOpenError(answer.problem);
}

/** Encrypts text to a passphrase in the age format, off the page's thread. */
export async function sealOffThread(text: string, passphrase: string): Promise<Uint8Array> {
  const answer = await inWorker({ kind: 'seal', text, passphrase });
  if (!answer.ok) return fail(answer);
  if ('sealed' in answer) return answer.sealed;
  throw new Error('unexpected answer');
}

/** Opens a whole backup off the page's thread, or throws BackupOpenError as openBackup does. */
export async function openOffThread(file: Uint8Array, passphrase: string): Promise<string> {
  const answer = await inWorker({ kind: 'open', file, passphrase });
  if (!answer.ok) return fail(answer);
  if ('text' in answer) return answer.text;
  throw new Error('unexpected answer');
}
