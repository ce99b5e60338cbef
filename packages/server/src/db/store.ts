import { sql, type Kysely } from 'kysely';
import { accountQueries, accountRepository, type AccountRepository } from '../accounts/account-repository.ts';
import { accessLogRepository, type AccessLogRepository } from '../practice/access-log-repository.ts';
import { invitationRepository, type InvitationRepository } from '../practice/invitation-repository.ts';
import { shareRepository, type ShareRepository } from '../practice/share-repository.ts';
import { sharedRecordRepository, type SharedRecordRepository } from '../practice/shared-record-repository.ts';
import { rateLimitRepository, type RateLimitRepository } from '../rate-limit/rate-limit-repository.ts';
import { sessionQueries, sessionRepository, type SessionRepository } from '../sessions/session-repository.ts';
import { recordQueries, recordRepository, type RecordRepository } from '../sync/record-repository.ts';
import { groupCommitter } from './commit-group.ts';
import type { DatabaseKind } from './dialect-kind.ts';
import type { DatabaseSchema } from './schema.ts';

export interface Repositories {
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly records: RecordRepository;
  readonly rateLimits: RateLimitRepository;
  readonly invitations: InvitationRepository;
  readonly shares: ShareRepository;
  readonly sharedRecords: SharedRecordRepository;
  readonly accessLog: AccessLogRepository;
}

/** The use cases' door to the database: repositories, and a unit of work that commits or not at all. */
export interface Store extends Repositories {
  readonly kind: DatabaseKind;
  /**
   * Runs `work` atomically; it has committed when the promise resolves. `work` must only use the
   * repositories it is given (it may share a transaction with other units: no slow work inside).
   */
  transact<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
}

/** The hot statements, compiled once per store (their SQL is the dialect's) and shared by every transaction. */
function hotQueries() {
  return { accounts: accountQueries(), sessions: sessionQueries(), records: recordQueries() };
}

function repositoriesOver(db: Kysely<DatabaseSchema>, queries: ReturnType<typeof hotQueries>): Repositories {
  return {
    accounts: accountRepository(db, queries.accounts),
    sessions: sessionRepository(db, queries.sessions),
    records: recordRepository(db, queries.records),
    rateLimits: rateLimitRepository(db),
    invitations: invitationRepository(db),
    shares: shareRepository(db),
    sharedRecords: sharedRecordRepository(db),
    accessLog: accessLogRepository(db),
  };
}

/**
 * On SQLite, units of work that arrive together share one transaction and one fsync (group commit);
 * PostgreSQL runs each in its own transaction on the pool and groups commits itself.
 */
export function createStore(db: Kysely<DatabaseSchema>, kind: DatabaseKind): Store {
  const queries = hotQueries();
  const over = (trx: Kysely<DatabaseSchema>) => repositoriesOver(trx, queries);
  const transact: Store['transact'] =
    kind === 'sqlite'
      ? groupCommitter(db, over)
      : (work) => db.transaction().execute((trx) => work(over(trx)));
  return {
    ...over(db),
    kind,
    transact,
    async ping() {
      await sql`select 1`.execute(db);
    },
  };
}
