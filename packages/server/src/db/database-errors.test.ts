import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, describeDatabaseError } from './database-errors.ts';

const sqliteError = (work: (db: DatabaseSync) => void): unknown => {
  const db = new DatabaseSync(':memory:');
  try {
    work(db);
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('expected the work to fail');
};

describe('classifyDatabaseError', () => {
  it('tells a unique violation on SQLite', () => {
    const error = sqliteError((db) => {
      db.exec('create table t (k text primary key); insert into t values (1); insert into t values (1)');
    });
    expect(classifyDatabaseError(error)).toBe('unique_violation');
  });

  it('calls a full disk unavailable on SQLite, and a bad query a defect', () => {
    const full = sqliteError((db) => {
      db.exec('create table t (v blob); pragma max_page_count = 2');
      db.prepare('insert into t values (?)').run(new Uint8Array(64 * 1024));
    });
    expect(classifyDatabaseError(full)).toBe('unavailable');
    expect(classifyDatabaseError(sqliteError((db) => db.exec('select * from nowhere')))).toBeNull();
  });

  it('reads PostgreSQL SQLSTATEs and connection failures', () => {
    const pg = (code: string) => Object.assign(new Error('x'), { code, severity: 'ERROR' });
    expect(classifyDatabaseError(pg('23505'))).toBe('unique_violation');
    expect(classifyDatabaseError(pg('53100'))).toBe('unavailable');
    expect(classifyDatabaseError(pg('08006'))).toBe('unavailable');
    expect(classifyDatabaseError(pg('42601'))).toBeNull();
    expect(classifyDatabaseError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(
      'unavailable',
    );
    expect(classifyDatabaseError(new TypeError('x'))).toBeNull();
    expect(classifyDatabaseError('text')).toBeNull();
  });

  it('describes an error without its message', () => {
    const error = Object.assign(new Error('Key (username)=(alice) already exists'), {
      code: '23505',
      severity: 'ERROR',
    });
    expect(JSON.stringify(describeDatabaseError(error))).not.toContain('alice');
  });
});
