import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Child {
  readonly url: string;
  readonly process: ChildProcess;
  /** Stops it: SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

/**
 * Starts a node script with stdout and stderr going to a file (so a busy server never blocks on a
 * pipe the benchmark would have to drain) and waits for the line that names its URL.
 */
export async function startChild(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; ready: RegExp },
): Promise<Child> {
  const fd = openSync(options.logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
    if (!killed) child.kill('SIGKILL');
    await exited;
  };
  // Generous: on a busy shared machine loading the TypeScript sources alone can take many seconds.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const match = options.ready.exec(readFileSync(options.logFile, 'utf8'));
    if (match?.[1]) return { url: match[1], process: child, stop };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  await stop();
  throw new Error(`${args.join(' ')} did not start; see ${options.logFile}`);
}

export { residentMb } from '../test/support/process-memory.ts';

/** CPU time a process has used so far (user + system), in ms, from /proc (Linux); null elsewhere. */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)?.trim().split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / clockTicksPerSecond : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux architecture Node runs on. */
const clockTicksPerSecond = 100;
