import { randomBytes } from 'node:crypto';
import type { Clock } from '@tend/core/primitives';
import { pino, type DestinationStream, type Logger } from 'pino';
import { createArgon2idHasher, type SecretHasher } from './accounts/argon2id-hasher.ts';
import type { Config, Quotas } from './config.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openPostgresDatabase, openSqliteDatabase, type DatabaseHandle } from './db/open-database.ts';
import { loadServerSecret } from './db/server-secrets.ts';
import { createStore, type Store } from './db/store.ts';
import { createAccountGate, type AccountGate } from './http/account-gate.ts';
import { defaultRateLimits, type RateLimits } from './rate-limit/rate-limits.ts';
import { createServerKeys, type ServerKeys } from './server-keys.ts';

/** Everything the server's use cases and routes need, made once per process (the composition root). */
export interface AppContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly store: Store;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly hasher: SecretHasher;
  readonly keys: ServerKeys;
  readonly limits: RateLimits;
  readonly quotas: Quotas;
  /** How many large requests of one account run at once in this process (memory, not a rate limit). */
  readonly gate: AccountGate;
  /** A hash of a random secret: unknown usernames are checked against it, so they cost the same time. */
  readonly dummyAuthHash: string;
  close(): Promise<void>;
}

export interface ContextOptions {
  readonly config: Config;
  /** An already open database (tests: PGlite or a temp SQLite); else the one the config names. */
  readonly database?: DatabaseHandle;
  /** Where log lines go (tests capture them); default stdout. */
  readonly logStream?: DestinationStream;
  readonly clock?: Clock;
  readonly hasher?: SecretHasher;
  readonly limits?: Partial<RateLimits>;
}

/**
 * Standard output, written asynchronously (never blocking a request) in batches of at least 4 KiB, or
 * whatever has gathered after a quarter of a second, rather than a system call and a thread-pool
 * round trip per line (one line per request). Whatever is left is written out when the process exits.
 */
const logDestination = () => pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });

const systemClock: Clock = { now: () => Date.now() };

async function openConfiguredDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (config.database.kind === 'sqlite') return openSqliteDatabase(config.database.file);
  return openPostgresDatabase(config.database.url, (error) =>
    logger.warn({ errorName: error.name }, 'idle database connection failed'),
  );
}

/** Opens the database, brings its schema up to date and loads the server's secret. */
export async function createContext(options: ContextOptions): Promise<AppContext> {
  const { config } = options;
  const logger = pino({ level: config.logLevel, base: null }, options.logStream ?? logDestination());
  const clock = options.clock ?? systemClock;
  const hasher = options.hasher ?? createArgon2idHasher();
  const database = options.database ?? (await openConfiguredDatabase(config, logger));
  try {
    await migrateToLatest(database.db);
    const secret = await loadServerSecret(database.db, 'keyed-hash', clock.now());
    return {
      config,
      database,
      store: createStore(database.db, database.kind),
      logger,
      clock,
      hasher,
      keys: createServerKeys(secret),
      limits: { ...defaultRateLimits, ...options.limits },
      quotas: config.quotas,
      gate: createAccountGate({ running: 1, waiting: 8 }),
      dummyAuthHash: await hasher.hash(randomBytes(32)),
      async close() {
        await database.close();
        await new Promise<void>((resolve) => logger.flush(() => resolve()));
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
