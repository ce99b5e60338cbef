import type { Kysely, Migration } from 'kysely';

/**
 * Indexes that hold what deciding a push and cutting a page read (version, seq, size, deleted), so
 * those reads never touch a record's ciphertext. On SQLite a column stored after a large value is
 * reached only by walking its overflow pages: without these, sizing one page of a vault of large
 * records read every one of them.
 */
export const indexRecordHeads: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('records_owner_seq_size')
      .on('records')
      .columns(['owner_id', 'seq', 'size'])
      .execute();
    await db.schema
      .createIndex('records_owner_heads')
      .on('records')
      .columns(['owner_id', 'id', 'version', 'seq', 'size', 'deleted'])
      .execute();
  },
};
