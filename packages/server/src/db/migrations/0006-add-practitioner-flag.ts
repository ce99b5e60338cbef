import type { Kysely, Migration } from 'kysely';

export const addPractitionerFlag: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('accounts')
      .addColumn('is_practitioner', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  },
};
