export { createApp } from './app.ts';
export { createContext, type AppContext, type ContextOptions } from './context.ts';
export { loadConfig, ConfigError, isLoopbackHost, type Config, type DatabaseConfig } from './config.ts';
export { startServer, startServerWithConfig, type StartOptions, type RunningServer } from './server.ts';
export { openSqliteDatabase, openPostgresDatabase, type DatabaseHandle } from './db/open-database.ts';
export { migrateToLatest } from './db/migrate.ts';
export { tableNames } from './db/schema.ts';
export {
  createArgon2idHasher,
  serverArgon2id,
  owaspArgon2idRows,
  type SecretHasher,
} from './accounts/argon2id-hasher.ts';
export { defaultRateLimits, type RateLimits, type RateLimitPolicy } from './rate-limit/rate-limits.ts';
export { sessionCookieName } from './http/session-cookie.ts';
export { contentSecurityPolicy } from './http/security-headers.ts';
export { backupSqlite } from './backup/backup-sqlite.ts';
export {
  startInProcess,
  type InProcessServer,
  type InProcessFetch,
  type InProcessOptions,
} from './in-process.ts';
export type { StoredRecord } from './sync/record-repository.ts';
