import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.ts';
import { openSqliteDatabase, type DatabaseHandle } from './open-database.ts';
import { reusedQuery } from './reused-query.ts';

describe('reusedQuery', () => {
  let dir: string;
  let database: DatabaseHandle;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-reused-'));
    database = openSqliteDatabase(join(dir, 'tend.sqlite'));
    await migrateToLatest(database.db);
    await database.db
      .insertInto('server_secrets')
      .values([
        { name: 'a', value: 'v1', created_at: 1 },
        { name: 'b', value: 'v2', created_at: 2 },
        { name: 'c', value: 'v3', created_at: 3 },
      ])
      .execute();
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the compiled statement again with the values of each call, per shape', async () => {
    const named = reusedQuery(
      (db, names: readonly string[], after: number) =>
        db
          .selectFrom('server_secrets')
          .select('name')
          .where('name', 'in', names)
          .where('created_at', '>', after)
          .orderBy('name'),
      (names, after) => [...names, after],
      (names) => names.length,
    );
    const names = async (list: readonly string[], after: number) =>
      (await named(database.db, list, after)).rows.map((row) => row.name);
    expect(await names(['a', 'b'], 0)).toEqual(['a', 'b']);
    expect(await names(['b', 'c'], 2)).toEqual(['c']);
    expect(await names(['a', 'b', 'c'], 1)).toEqual(['b', 'c']);
    expect(await names(['a', 'c'], 0)).toEqual(['a', 'c']);
  });

  it('refuses, on its first compile, parameters listed out of the order the query binds them', async () => {
    const swapped = reusedQuery(
      (db, name: string, after: number) =>
        db
          .selectFrom('server_secrets')
          .select('name')
          .where('name', '=', name)
          .where('created_at', '>', after),
      (name, after) => [after, name],
    );
    await expect(async () => swapped(database.db, 'a', 0)).rejects.toThrow(/not in its order/);
  });
});
