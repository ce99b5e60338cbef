import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface SpawnedServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code or signal once the process has gone. */
  readonly exited: Promise<number | string | null>;
}

/**
 * Node's compile cache for the server processes tests start: a later start reads the server's modules
 * already compiled (keyed by each file's content, so a changed file is compiled afresh).
 */
const compileCache = fileURLToPath(
  new URL('../../../../node_modules/.cache/tend-server-compile', import.meta.url),
);

/**
 * Starts `node packages/server/src/main.ts` (or another script that prints the same line, such as
 * `pglite-server.ts`) on a free port and waits for its "running at" line. The wait only ends a start
 * that hangs: on a busy machine a start can take most of a minute.
 */
export function spawnServer(
  env: Record<string, string>,
  timeoutMs = 180_000,
  args: readonly string[] = ['packages/server/src/main.ts'],
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [...args], {
    cwd: repoRoot,
    env: {
      NODE_COMPILE_CACHE: compileCache,
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tend is running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({ url: match[1], child, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before starting: ${output}`));
    });
  });
}
