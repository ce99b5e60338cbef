/**
 * What a database failure means for the request: a unique key taken (the caller decides), or the
 * database cannot do the work right now (disk full, I/O error, busy, connection lost): 503, never a
 * false success. Anything else (a bad query) is a defect and stays a 500.
 */
export type DatabaseFailure = 'unique_violation' | 'unavailable';

const sqliteUniqueCodes = new Set([
  1555, // SQLITE_CONSTRAINT_PRIMARYKEY
  2067, // SQLITE_CONSTRAINT_UNIQUE
]);

const sqliteUnavailableCodes = new Set([
  5, // SQLITE_BUSY
  6, // SQLITE_LOCKED
  7, // SQLITE_NOMEM
  8, // SQLITE_READONLY
  10, // SQLITE_IOERR
  13, // SQLITE_FULL
  14, // SQLITE_CANTOPEN
  15, // SQLITE_PROTOCOL
]);

/** SQLSTATE classes: connection, transaction rollback, resources (disk full), operator, system. */
const postgresUnavailableClasses = new Set(['08', '40', '53', '57', '58']);

const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

function field(error: object, name: string): unknown {
  return name in error ? (error as Record<string, unknown>)[name] : undefined;
}

function classifySqlite(error: object): DatabaseFailure | null {
  const errcode = field(error, 'errcode');
  if (typeof errcode !== 'number') return null;
  if (sqliteUniqueCodes.has(errcode)) return 'unique_violation';
  // The low byte is the primary result code; the rest refines it (SQLITE_IOERR_FSYNC, ...).
  return sqliteUnavailableCodes.has(errcode & 0xff) ? 'unavailable' : null;
}

export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = field(error, 'code');
  if (code === 'ERR_SQLITE_ERROR') return classifySqlite(error);
  // PostgreSQL (pg and PGlite): a five-character SQLSTATE and a severity.
  if (
    typeof code === 'string' &&
    /^[0-9A-Z]{5}$/.test(code) &&
    typeof field(error, 'severity') === 'string'
  ) {
    if (code === '23505') return 'unique_violation';
    return postgresUnavailableClasses.has(code.slice(0, 2)) ? 'unavailable' : null;
  }
  if (typeof code === 'string' && connectionErrorCodes.has(code)) return 'unavailable';
  if (error instanceof Error && /^Connection terminated/.test(error.message)) return 'unavailable';
  return null;
}

/** A short, content-free description of a database error for the logs (never its message or detail). */
export function describeDatabaseError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  return {
    name: error instanceof Error ? error.name : 'unknown',
    code: field(error, 'code'),
    errcode: field(error, 'errcode'),
  };
}
