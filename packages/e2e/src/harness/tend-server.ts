import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../../..');

/**
 * Node's compile cache for the server processes the journeys start, one per test file: the second and
 * later starts read the server's modules already compiled instead of stripping and compiling them again
 * (on a busy machine, most of a start). Keyed by each file's content, so a change is never served stale.
 */
const compileCache = join(repoRoot, 'node_modules', '.cache', 'tend-server-compile');

export interface TendServer {
  readonly url: string;
  readonly dataDir: string;
  /** Everything the server printed (its logs), for the canary test. */
  logs(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts the real server as `npm start` does, on a fresh SQLite database in a temp folder; from
 * another checkout of Tend when `root` is given (a benchmark's baseline, its web app built there).
 */
export async function startTend(options: { dataDir?: string; root?: string } = {}): Promise<TendServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tend-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: options.root ?? repoRoot,
    env: {
      NODE_COMPILE_CACHE: compileCache,
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    dataDir,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // Polls until the server answers; the deadline only ends a start that hangs (a loaded machine is slow).
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output()}`);
}
