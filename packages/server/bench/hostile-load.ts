import { randomBytes } from 'node:crypto';
import { request, Agent } from 'node:http';
import { Worker } from 'node:worker_threads';

/** Health checks every `everyMs` from a worker thread, until stopped. */
export function probeHealth(url: string, everyMs = 20) {
  const worker = new Worker(new URL('./health-probe-worker.ts', import.meta.url), {
    workerData: { url, everyMs },
  });
  const result = new Promise<{ latencies: number[]; errors: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const measured = await result;
      await worker.terminate();
      return measured;
    },
  };
}

interface RawRequest {
  readonly path: string;
  readonly body: Buffer;
  /** Send without Content-Length (chunked), as a client hiding its size would. */
  readonly chunked?: boolean;
}

const deep = Buffer.from('['.repeat(1_300_000));
const deepSmall = Buffer.from('['.repeat(4_000));
const wideSmall = Buffer.from(`[${'0,'.repeat(1_990)}0]`);
const login = () =>
  Buffer.from(
    JSON.stringify({
      username: `guess-${randomBytes(4).toString('hex')}`,
      authSecret: randomBytes(32).toString('base64url'),
    }),
  );

/** What an anonymous attacker sends: huge and deep bodies, declared and chunked, and sign-in guesses. */
function hostileRequests(): RawRequest[] {
  return [
    { path: '/api/v1/auth/params', body: deep },
    { path: '/api/v1/auth/params', body: deep, chunked: true },
    { path: '/api/v1/auth/login', body: deepSmall },
    { path: '/api/v1/auth/signup', body: wideSmall },
    { path: '/api/v1/sync/push', body: deep, chunked: true },
    { path: '/api/v1/auth/login', body: login() },
  ];
}

function send(url: URL, agent: Agent, raw: RawRequest): Promise<number> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-tend-request': '1' };
    if (!raw.chunked) headers['content-length'] = String(raw.body.byteLength);
    const req = request(
      { host: url.hostname, port: url.port, path: raw.path, method: 'POST', agent, headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(raw.body);
  });
}

/** `connections` anonymous clients sending hostile requests back to back until stopped. */
export function hostileAnonymous(url: string, connections = 4) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const statuses = new Map<number, number>();
  let running = true;
  const loops = Array.from({ length: connections }, async (_, i) => {
    const requests = hostileRequests();
    for (let n = i; running; n += 1) {
      const status = await send(target, agent, requests[n % requests.length] ?? { path: '/', body: deep });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return statuses;
    },
  };
}
