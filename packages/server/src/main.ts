import { setFlagsFromString } from 'node:v8';
import { ConfigError, loadConfig } from './config.ts';
import { startServerWithConfig } from './server.ts';
import { capYoungGeneration } from './young-generation.ts';

/**
 * V8 lets its young generation grow to 32 MB under a sustained sync load, and its old one to some 60 MB
 * of garbage on PostgreSQL (rows and buffers of requests in flight) before it collects. Capped at
 * 8 MB, and the old generation collected once it has grown 15% past what was live, the server stays
 * under QUALITY.md's 150 MB. (`--optimize-for-size` kept it there too, but with a compacting full
 * collection about every second: twice the CPU per request, and pauses of 100 ms and more in the
 * latency.) Set here, at the composition root, so tests and embedders keep V8's defaults.
 */
setFlagsFromString('--heap-growing-percent=15');
capYoungGeneration(8 * 1024 * 1024);

/** `node packages/server/src/main.ts`: reads the environment once, migrates, serves, stops cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const server = await startServerWithConfig(config);
  process.stdout.write(`Tend is running at ${server.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  // Start-up errors come from the operator's setup (port taken, database unreachable), not from people.
  console.error(`Tend could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause instanceof Error) console.error(`Cause: ${error.cause.message}`);
  process.exit(1);
});
