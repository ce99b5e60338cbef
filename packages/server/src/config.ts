import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export type DatabaseConfig =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly logLevel: LogLevel;
  readonly webDist: string;
  /** Secure, `__Host-` session cookie; off only for plain-http loopback (see packages/server/README.md). */
  readonly cookieSecure: boolean;
  /** The origin browsers see, when a proxy in front changes scheme or host; else the request's own. */
  readonly publicOrigin: string | null;
  /** Take the client address from the last X-Forwarded-For hop (only behind a proxy you run). */
  readonly trustProxy: boolean;
  /**
   * Host names (lower case, no port) the server answers for besides the loopback names, which it
   * answers for only while PUBLIC_ORIGIN is unset. Any other Host header is refused.
   */
  readonly allowedHosts: readonly string[];
  readonly quotas: Quotas;
}

/** Storage on the server, counted in the same transaction as each write. */
export interface Quotas {
  /** Ciphertext one account may keep in its vault on the server. */
  readonly accountBytes: number;
  /** Ciphertext one share may hold (its client and practitioner together). */
  readonly shareBytes: number;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((text) => text === 'true' || text === '1' || text === 'yes');

/** A size in MiB (decimals allowed, so small test quotas can be set); at least 64 KiB, at most 1 TiB. */
const megabytes = z.coerce
  .number()
  .min(1 / 16)
  .max(1024 * 1024)
  .transform((mb) => Math.round(mb * 1024 * 1024));

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  WEB_DIST: z.string().min(1).optional(),
  COOKIE_SECURE: flag.optional(),
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  TRUST_PROXY: flag.default(false),
  ACCOUNT_QUOTA_MB: megabytes.prefault(100),
  SHARE_QUOTA_MB: megabytes.prefault(64),
});

const envKeys = Object.keys(Env.shape) as (keyof typeof Env.shape)[];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host === '::1' ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

const isWildcardHost = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

/**
 * The names a Host header may carry besides loopback: PUBLIC_ORIGIN's when set (the name browsers
 * use), else the address the server listens on when it is a particular one.
 */
function hostsFor(host: string, publicOrigin: string | undefined): string[] {
  if (publicOrigin) return [new URL(publicOrigin).hostname];
  if (isWildcardHost(host)) return [];
  const name = host.toLowerCase();
  return [name.includes(':') && !name.startsWith('[') ? `[${name}]` : name];
}

/** Reads the environment once, at start. Empty values count as unset. Throws ConfigError. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): Config {
  const picked = Object.fromEntries(envKeys.map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const parsed = Env.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'tend.sqlite') },
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ? resolve(cwd, e.WEB_DIST) : defaultWebDist,
    cookieSecure: e.COOKIE_SECURE ?? !isLoopbackHost(e.HOST),
    publicOrigin: e.PUBLIC_ORIGIN ?? null,
    trustProxy: e.TRUST_PROXY,
    allowedHosts: hostsFor(e.HOST, e.PUBLIC_ORIGIN),
    quotas: { accountBytes: e.ACCOUNT_QUOTA_MB, shareBytes: e.SHARE_QUOTA_MB },
  };
}
