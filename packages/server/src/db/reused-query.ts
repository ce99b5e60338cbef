import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/**
 * A query of the hot path, built and compiled once per shape and then run again with new values.
 * Kysely builds an operation tree and compiles it to SQL on every call, which costs more than SQLite
 * takes to run these statements; the compiled text does not depend on the values, only on the
 * dialect and the shape (how many ids or rows a list holds).
 *
 * `parameters` lists the values in the order the built query binds them. The first compile of each
 * shape checks the two agree, so a list out of order fails loudly there, never silently later.
 */
export function reusedQuery<A extends readonly unknown[], R>(
  build: (db: Kysely<DatabaseSchema>, ...args: A) => Compilable<R>,
  parameters: (...args: A) => readonly unknown[],
  shape: (...args: A) => number = () => 0,
): (db: Kysely<DatabaseSchema>, ...args: A) => Promise<QueryResult<R>> {
  const compiled = new Map<number, CompiledQuery<R>>();
  return (db, ...args) => {
    const key = shape(...args);
    const values = parameters(...args);
    const known = compiled.get(key);
    if (known) return db.executeQuery({ ...known, parameters: values });
    const query = build(db, ...args).compile();
    const agrees =
      query.parameters.length === values.length && query.parameters.every((value, i) => value === values[i]);
    if (!agrees) throw new Error(`the parameters of a reused query are not in its order: ${query.sql}`);
    compiled.set(key, query);
    return db.executeQuery(query);
  };
}
