import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { backupSqlite } from '../src/backup/backup-sqlite.ts';
import { tempDir } from './support/databases.ts';
import { newCiphertext, newId } from './support/factories.ts';
import { repoRoot } from './support/spawn-server.ts';
import { createTestServer } from './support/test-server.ts';

describe('online backup', () => {
  it('copies a live database: the copy passes integrity_check and holds every acknowledged write', async () => {
    const server = await createTestServer({ cheapHashing: true });
    const out = tempDir('tend-backup-');
    try {
      const { cookie } = await server.signUp();
      const changes = Array.from({ length: 25 }, () => ({
        id: newId(),
        baseVersion: 0,
        ciphertext: newCiphertext(500),
      }));
      expect((await server.call('POST', '/api/v1/sync/push', { cookie, body: { changes } })).status).toBe(
        200,
      );
      const source = server.ctx.config.database.kind === 'sqlite' ? server.ctx.config.database.file : '';

      const destination = join(out.path, 'tend-backup.sqlite');
      // The server keeps its connection open (and its WAL un-checkpointed) while the backup runs.
      expect(backupSqlite(source, destination)).toEqual({ integrity: 'ok', records: 25 });
      expect(() => backupSqlite(source, destination)).toThrow(/already exists/);

      const copy = new DatabaseSync(destination, { readOnly: true });
      try {
        const ids = copy
          .prepare('SELECT id FROM records ORDER BY seq')
          .all()
          .map((row) => row['id']);
        expect(ids).toEqual(changes.map((change) => change.id));
        expect(copy.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
      } finally {
        copy.close();
      }
    } finally {
      await server.close();
      out.remove();
    }
  });

  it('runs as a command against DATA_DIR', async () => {
    const server = await createTestServer({ cheapHashing: true });
    const out = tempDir('tend-backup-');
    try {
      await server.signUp();
      const destination = join(out.path, 'copy.sqlite');
      const output = execFileSync(process.execPath, ['packages/server/src/backup.ts', destination], {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: server.ctx.config.dataDir },
        encoding: 'utf8',
      });
      expect(output).toContain('integrity ok');
    } finally {
      await server.close();
      out.remove();
    }
  });
});
