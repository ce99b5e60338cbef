import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { DestinationStream } from 'pino';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { createContext, type ContextOptions } from './context.ts';
import { startHousekeeping } from './housekeeping.ts';

export interface StartOptions {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly webDist?: string;
  readonly logStream?: DestinationStream;
  readonly logLevel?: string;
  readonly cookieSecure?: boolean;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080/ */
  readonly url: string;
  readonly config: Config;
  /** Stops taking requests, lets those in flight finish (briefly), then closes the database. */
  close(): Promise<void>;
}

const graceMs = 5000;

/** Options as environment-style text, so they pass through the same validation as `process.env`. */
function optionsAsEnv(options: StartOptions): Record<string, string | undefined> {
  return {
    HOST: options.host,
    PORT: options.port === undefined ? undefined : String(options.port),
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl,
    WEB_DIST: options.webDist,
    LOG_LEVEL: options.logLevel,
    COOKIE_SECURE: options.cookieSecure === undefined ? undefined : String(options.cookieSecure),
  };
}

/** Starts the server from explicit options (tests, e2e, the benchmark). */
export function startServer(options: StartOptions): Promise<RunningServer> {
  const contextOptions = options.logStream ? { logStream: options.logStream } : {};
  return startServerWithConfig(loadConfig(optionsAsEnv(options)), contextOptions);
}

export async function startServerWithConfig(
  config: Config,
  extra: Omit<ContextOptions, 'config'> = {},
): Promise<RunningServer> {
  const ctx = await createContext({ ...extra, config });
  const app = createApp(ctx);
  const stopHousekeeping = startHousekeeping(ctx);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  }).catch(async (error: unknown) => {
    stopHousekeeping();
    await ctx.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    config,
    async close() {
      stopHousekeeping();
      await new Promise<void>((resolve) => {
        const force = setTimeout(
          () => 'closeAllConnections' in server && server.closeAllConnections(),
          graceMs,
        );
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await ctx.close();
    },
  };
}
