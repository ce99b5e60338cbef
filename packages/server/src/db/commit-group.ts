import { CompiledQuery, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

interface Unit<R, T> {
  readonly work: (repositories: R) => Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** The statements around each unit, compiled once: each push runs them. */
const savepoint = CompiledQuery.raw('savepoint unit');
const release = CompiledQuery.raw('release unit');
const rollbackTo = CompiledQuery.raw('rollback to unit');

/** The most units one SQLite transaction takes before it commits and the next group starts. */
const maxGroupSize = 64;

/**
 * Group commit for SQLite, which has one writer and pays one fsync per COMMIT. Units of work that
 * arrive while a transaction is open join it, each inside its own savepoint (a unit that throws is
 * rolled back alone). One COMMIT makes the whole group durable, and only then does any unit's promise
 * resolve: an answer is still an acknowledgement. If the COMMIT fails, every unit fails.
 * Units must only touch the database (no hashing, no network): the group waits for each in turn.
 */
export function groupCommitter<R>(
  db: Kysely<DatabaseSchema>,
  repositoriesOver: (db: Kysely<DatabaseSchema>) => R,
) {
  const queue: Unit<R, unknown>[] = [];
  let running = false;
  let scheduled = false;

  async function runUnit(
    trx: Kysely<DatabaseSchema>,
    repositories: R,
    unit: Unit<R, unknown>,
    first: boolean,
  ) {
    // The first unit needs no savepoint (two statements fewer for a push that comes alone): if it
    // throws, the whole transaction rolls back, and it holds nothing else yet.
    if (first) return { ok: true as const, value: await unit.work(repositories) };
    await trx.executeQuery(savepoint);
    try {
      const value = await unit.work(repositories);
      await trx.executeQuery(release);
      return { ok: true as const, value };
    } catch (error) {
      try {
        await trx.executeQuery(rollbackTo);
        await trx.executeQuery(release);
      } catch {
        // SQLite already rolled the whole transaction back (disk full, I/O error): the group fails
        // with the cause, not with the missing savepoint.
        throw error;
      }
      return { ok: false as const, error };
    }
  }

  async function runGroup(): Promise<void> {
    const group: Unit<R, unknown>[] = [];
    const outcomes: Awaited<ReturnType<typeof runUnit>>[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        const repositories = repositoriesOver(trx);
        for (let unit = queue.shift(); unit; unit = group.length < maxGroupSize ? queue.shift() : undefined) {
          group.push(unit);
          outcomes.push(await runUnit(trx, repositories, unit, group.length === 1));
        }
      });
    } catch (error) {
      // The transaction did not commit: nothing in the group is durable, so nothing is acknowledged
      // (a first unit that threw is the whole group, and is refused with its own error).
      group.forEach((unit, i) => unit.reject(outcomes[i]?.ok === false ? outcomes[i].error : error));
      return;
    }
    group.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) unit.resolve(outcome.value);
      else unit.reject(outcome?.error);
    });
  }

  async function drain(): Promise<void> {
    scheduled = false;
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) await runGroup();
    } finally {
      running = false;
    }
  }

  return function transact<T>(work: (repositories: R) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject } satisfies Unit<R, unknown>);
      // node:sqlite is synchronous, so a unit started at once would commit before any other request
      // ran. Starting after the I/O phase lets every request that arrived with it join the group.
      if (!scheduled && !running) {
        scheduled = true;
        setImmediate(() => void drain());
      }
    });
  };
}
