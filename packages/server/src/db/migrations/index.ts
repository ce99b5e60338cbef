import type { Migration } from 'kysely';
import { createAccounts } from './0001-create-accounts.ts';
import { createSessions } from './0002-create-sessions.ts';
import { createRecords } from './0003-create-records.ts';
import { createRateLimitBuckets } from './0004-create-rate-limit-buckets.ts';
import { createServerSecrets } from './0005-create-server-secrets.ts';
import { addPractitionerFlag } from './0006-add-practitioner-flag.ts';
import { createInvitations } from './0007-create-invitations.ts';
import { createShares } from './0008-create-shares.ts';
import { createSharedRecords } from './0009-create-shared-records.ts';
import { createAccessLog } from './0010-create-access-log.ts';
import { addAccountStoredBytes } from './0011-add-account-stored-bytes.ts';
import { createUsernames } from './0012-create-usernames.ts';
import { keyInvitationsByPractitioner } from './0013-key-invitations-by-practitioner.ts';
import { keySharesByClient } from './0014-key-shares-by-client.ts';
import { indexRecordHeads } from './0015-index-record-heads.ts';

/**
 * Every migration, in order. A migration is frozen once it has landed: change the schema by adding
 * the next one here. The same migrations run on SQLite and PostgreSQL.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-create-accounts': createAccounts,
  '0002-create-sessions': createSessions,
  '0003-create-records': createRecords,
  '0004-create-rate-limit-buckets': createRateLimitBuckets,
  '0005-create-server-secrets': createServerSecrets,
  '0006-add-practitioner-flag': addPractitionerFlag,
  '0007-create-invitations': createInvitations,
  '0008-create-shares': createShares,
  '0009-create-shared-records': createSharedRecords,
  '0010-create-access-log': createAccessLog,
  '0011-add-account-stored-bytes': addAccountStoredBytes,
  '0012-create-usernames': createUsernames,
  '0013-key-invitations-by-practitioner': keyInvitationsByPractitioner,
  '0014-key-shares-by-client': keySharesByClient,
  '0015-index-record-heads': indexRecordHeads,
};
