import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createRateLimitBuckets: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('rate_limit_buckets')
      .addColumn('bucket_key', 'text', (col) => col.primaryKey())
      .addColumn('window_start', types.millis, (col) => col.notNull())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .execute();
  },
};
