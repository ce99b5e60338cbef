import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distribution, citusStatements } from '../src/db/distribution.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DatabaseHandle } from '../src/db/open-database.ts';
import { tableNames, type DatabaseSchema } from '../src/db/schema.ts';
import { testDatabases } from './support/databases.ts';

/** A unique index (the primary key included) and its columns. */
interface UniqueIndex {
  readonly table: string;
  readonly name: string;
  readonly columns: readonly string[];
}

/** One column pair of a foreign key: `table.column` references `ref.refColumn`. */
interface ForeignKeyPair {
  readonly table: string;
  readonly name: string;
  readonly column: string;
  readonly ref: string;
  readonly refColumn: string;
}

async function postgresUniques(db: Kysely<DatabaseSchema>): Promise<UniqueIndex[]> {
  const result = await sql<{ table: string; name: string; columns: string[] }>`
    select t.relname::text as table, ic.relname::text as name,
      array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_class ic on ic.oid = i.indexrelid
    where i.indisunique and t.relnamespace = (select oid from pg_namespace where nspname = current_schema())
  `.execute(db);
  return result.rows;
}

async function postgresForeignKeys(db: Kysely<DatabaseSchema>): Promise<ForeignKeyPair[]> {
  const result = await sql<ForeignKeyPair>`
    select t.relname::text as table, c.conname::text as name, a.attname::text as column,
      r.relname::text as ref, b.attname::text as "refColumn"
    from pg_constraint c
    cross join lateral unnest(c.conkey, c.confkey) as k(col, refcol)
    join pg_class t on t.oid = c.conrelid
    join pg_class r on r.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
    join pg_attribute b on b.attrelid = c.confrelid and b.attnum = k.refcol
    where c.contype = 'f' and c.connamespace = (select oid from pg_namespace where nspname = current_schema())
  `.execute(db);
  return result.rows;
}

async function sqliteUniques(db: Kysely<DatabaseSchema>): Promise<UniqueIndex[]> {
  const uniques: UniqueIndex[] = [];
  for (const table of tableNames) {
    const indexes = await sql<{
      name: string;
      unique: number;
    }>`select name, "unique" from pragma_index_list(${table})`.execute(db);
    for (const index of indexes.rows.filter((row) => row.unique === 1)) {
      const columns = await sql<{
        name: string;
      }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
      uniques.push({ table, name: index.name, columns: columns.rows.map((row) => row.name) });
    }
    // A rowid table's primary key has no index of its own when it is a single integer; ours are text.
  }
  return uniques;
}

async function sqliteForeignKeys(db: Kysely<DatabaseSchema>): Promise<ForeignKeyPair[]> {
  const pairs: ForeignKeyPair[] = [];
  for (const table of tableNames) {
    const keys = await sql<{
      id: number;
      table: string;
      from: string;
      to: string;
    }>`select id, "table", "from", "to" from pragma_foreign_key_list(${table})`.execute(db);
    for (const key of keys.rows) {
      pairs.push({ table, name: `fk${key.id}`, column: key.from, ref: key.table, refColumn: key.to });
    }
  }
  return pairs;
}

/** SQLite cannot drop a column's unique constraint without rebuilding the table; `usernames` says the same. */
const sqliteLegacy = (index: UniqueIndex) =>
  index.table === 'accounts' && index.columns.length === 1 && index.columns[0] === 'username';

describe.each(testDatabases())('the schema rule on $name', (database) => {
  let handle: DatabaseHandle;
  let uniques: UniqueIndex[];
  let foreignKeys: ForeignKeyPair[];
  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
    const isPostgres = handle.kind === 'postgres';
    uniques = await (isPostgres ? postgresUniques : sqliteUniques)(handle.db);
    expect(uniques.every((index) => Array.isArray(index.columns))).toBe(true);
    foreignKeys = await (isPostgres ? postgresForeignKeys : sqliteForeignKeys)(handle.db);
  });
  afterAll(() => handle.close());

  it('names how every table is distributed, and only three are not keyed by their owner', () => {
    expect(Object.keys(distribution).sort()).toEqual([...tableNames].sort());
    const notOwned = Object.entries(distribution).filter(([, d]) => d.kind !== 'owner');
    expect(notOwned.map(([table]) => table).sort()).toEqual([
      'rate_limit_buckets',
      'server_secrets',
      'usernames',
    ]);
  });

  it('puts the distribution column in every primary key and unique index (what Citus requires)', () => {
    const seen = new Set(uniques.map((index) => index.table));
    for (const [table, d] of Object.entries(distribution)) {
      expect(seen.has(table), `${table} has a primary key`).toBe(true);
      if (d.kind === 'reference') continue;
      for (const index of uniques.filter(
        (u) => u.table === table && !(handle.kind === 'sqlite' && sqliteLegacy(u)),
      )) {
        expect(index.columns, `${table}.${index.name}`).toContain(d.column);
      }
    }
  });

  it('keys every owned table by its owner first, so one person’s rows sit together', () => {
    for (const [table, d] of Object.entries(distribution)) {
      if (d.kind !== 'owner') continue;
      const keys = uniques.filter((u) => u.table === table && u.columns[0] === d.column);
      expect(keys.length, `${table} has a unique key starting with ${d.column}`).toBeGreaterThan(0);
    }
  });

  it('only links tables that sit on the same node: owner to owner, column to column', () => {
    const byName = new Map<string, ForeignKeyPair[]>();
    for (const pair of foreignKeys)
      byName.set(`${pair.table}.${pair.name}`, [...(byName.get(`${pair.table}.${pair.name}`) ?? []), pair]);
    expect(byName.size).toBeGreaterThan(0);
    for (const [name, pairs] of byName) {
      const { table, ref } = pairs[0] ?? { table: '', ref: '' };
      const from = distribution[table as keyof typeof distribution];
      const to = distribution[ref as keyof typeof distribution];
      if (to?.kind === 'reference') continue;
      expect([from?.kind, to?.kind], name).toEqual(['owner', 'owner']);
      const linksOwners = pairs.some(
        (pair) =>
          from?.kind === 'owner' &&
          to?.kind === 'owner' &&
          pair.column === from.column &&
          pair.refColumn === to.column,
      );
      expect(linksOwners, `${name} links ${table}'s owner to ${ref}'s`).toBe(true);
    }
  });

  it('spells the Citus calls for every table, accounts first, as docs/ARCHITECTURE.md writes them', () => {
    const statements = citusStatements();
    const docs = readFileSync(new URL('../../../docs/ARCHITECTURE.md', import.meta.url), 'utf8');
    for (const statement of statements) expect(docs, statement).toContain(statement);
    expect(statements).toHaveLength(tableNames.length);
    expect(statements[0]).toBe("SELECT create_distributed_table('accounts', 'id');");
    expect(statements).toContain(
      "SELECT create_distributed_table('shared_records', 'owner_id', colocate_with => 'accounts');",
    );
  });
});
