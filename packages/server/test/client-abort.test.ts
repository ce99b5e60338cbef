import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server.ts';
import { tempDir } from './support/databases.ts';

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly status?: number;
}

/** Sends headers and part of a body, then resets the connection (RST), as a client that gives up. */
function abortMidBody(url: URL, path: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\n` +
          `x-tend-request: 1\r\nContent-Length: 2000\r\n\r\n{"username":"som`,
      );
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 100);
    });
    socket.on('error', () => undefined);
  });
}

describe('a client that resets its connection mid-body', () => {
  const dir = tempDir('tend-abort-');
  const lines: LogLine[] = [];
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir.path,
      logLevel: 'info',
      logStream: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('is logged at info as a client that went away, never as the database being unavailable', async () => {
    await abortMidBody(new URL(server.url), '/api/v1/auth/params');
    for (let i = 0; i < 50 && !lines.some((line) => line.msg.startsWith('client closed')); i += 1) {
      await sleep(20);
    }
    const abort = lines.find((line) => line.msg.startsWith('client closed'));
    expect(abort?.level).toBe(30);
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
    expect(lines.some((line) => /database/i.test(line.msg))).toBe(false);
    expect(lines.filter((line) => line.msg === 'request').map((line) => line.status)).toEqual([400]);
    // The server carries on.
    const health = await fetch(new URL('/api/v1/health', server.url));
    expect(health.status).toBe(200);
  });
});
