import { randomBytes } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '@tend/core/primitives';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/**
 * A random secret kept in the database, made on first use. Every server instance sharing the
 * database reads the same one (a race to create it is settled by the primary key: first wins).
 */
export async function loadServerSecret(
  db: Kysely<DatabaseSchema>,
  name: string,
  now: number,
): Promise<Uint8Array> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: toBase64Url(randomBytes(32)), created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return fromBase64Url(row.value);
}
