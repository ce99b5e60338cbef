import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export interface BucketState {
  readonly hits: number;
  readonly windowStart: number;
}

/** Fixed-window counters in the database, so every server instance sees the same counts. */
export interface RateLimitRepository {
  /** Counts one hit in the bucket's current window (a new window starts once the old one is over). */
  hit(bucketKey: string, windowMs: number, now: number): Promise<BucketState>;
  removeKeys(bucketKeys: readonly string[]): Promise<void>;
  removeStale(olderThan: number): Promise<number>;
}

export function rateLimitRepository(db: Kysely<DatabaseSchema>): RateLimitRepository {
  return {
    async hit(bucketKey, windowMs, now) {
      const windowOver = now - windowMs;
      // One atomic statement on both databases: no read-then-write race between instances.
      const row = await db
        .insertInto('rate_limit_buckets')
        .values({ bucket_key: bucketKey, window_start: now, hits: 1 })
        .onConflict((oc) =>
          oc.column('bucket_key').doUpdateSet((eb) => ({
            hits: eb
              .case()
              .when('rate_limit_buckets.window_start', '<=', windowOver)
              .then(1)
              .else(eb('rate_limit_buckets.hits', '+', 1))
              .end(),
            window_start: eb
              .case()
              .when('rate_limit_buckets.window_start', '<=', windowOver)
              .then(now)
              .else(eb.ref('rate_limit_buckets.window_start'))
              .end(),
          })),
        )
        .returning(['hits', 'window_start'])
        .executeTakeFirstOrThrow();
      return { hits: row.hits, windowStart: row.window_start };
    },
    async removeKeys(bucketKeys) {
      if (bucketKeys.length === 0) return;
      await db
        .deleteFrom('rate_limit_buckets')
        .where('bucket_key', 'in', [...bucketKeys])
        .execute();
    },
    async removeStale(olderThan) {
      const result = await db
        .deleteFrom('rate_limit_buckets')
        .where('window_start', '<', olderThan)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
