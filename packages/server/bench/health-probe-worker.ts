/**
 * Sends a health check every `everyMs` from a thread of its own, so the latencies it records are
 * the server's answer time, not time spent waiting behind the benchmark's own load generators.
 * Stops and posts what it measured when told to.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { url, everyMs } = workerData as { url: string; everyMs: number };
const latencies: number[] = [];
let errors = 0;
let running = true;
parentPort?.once('message', () => (running = false));

while (running) {
  const started = performance.now();
  try {
    const response = await fetch(new URL('/api/v1/health', url));
    await response.arrayBuffer();
    if (!response.ok) errors += 1;
  } catch {
    errors += 1;
  }
  latencies.push(performance.now() - started);
  await new Promise((resolve) => setTimeout(resolve, everyMs));
}
parentPort?.postMessage({ latencies, errors });
