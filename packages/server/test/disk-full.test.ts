import { PullResponse, PushResponse } from '@tend/contract';
import { describe, expect, it } from 'vitest';
import { newCiphertext, newId } from './support/factories.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

/** Four concurrent pushes (they share a commit group on SQLite); the ids acknowledged, and any refusal. */
async function pushTogether(
  server: TestServer,
  cookie: string,
  acknowledged: Set<string>,
): Promise<Response | undefined> {
  const pushes = Array.from({ length: 4 }, () => {
    const changes = [newId(), newId()].map((id) => ({ id, baseVersion: 0, ciphertext: newCiphertext(3000) }));
    return server.call('POST', '/api/v1/sync/push', { cookie, body: { changes } });
  });
  let refused: Response | undefined;
  for (const response of await Promise.all(pushes)) {
    if (response.status !== 200) {
      refused = response;
      continue;
    }
    for (const result of PushResponse.parse(await response.json()).results) acknowledged.add(result.id);
  }
  return refused;
}

describe('a full disk', () => {
  it('fails writes with 503 unavailable, never a false success, and recovers when space returns', async () => {
    const server = await createTestServer({ cheapHashing: true });
    try {
      const { cookie } = await server.signUp();
      const sqlite = server.ctx.database.sqlite;
      if (!sqlite) throw new Error('this test needs SQLite');
      // SQLite reports SQLITE_FULL once the file would grow past max_page_count: a disk that is full.
      const pages = Number(sqlite.prepare('PRAGMA page_count').get()?.page_count);
      sqlite.exec(`PRAGMA max_page_count = ${pages + 8}`);

      const acknowledged = new Set<string>();
      let refused: Response | undefined;
      for (let attempt = 0; attempt < 40 && !refused; attempt += 1) {
        refused = await pushTogether(server, cookie, acknowledged);
      }
      expect(refused?.status).toBe(503);
      expect(((await refused?.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      expect(acknowledged.size).toBeGreaterThan(0);

      // Reads still work, and hold exactly the acknowledged writes: a refused group left nothing.
      const pulled = PullResponse.parse(
        await (await server.call('GET', '/api/v1/sync/pull', { cookie })).json(),
      );
      expect(new Set(pulled.records.map((record) => record.id))).toEqual(acknowledged);
      expect((await server.call('GET', '/api/v1/health')).status).toBe(200);

      sqlite.exec('PRAGMA max_page_count = 1073741823');
      expect(await pushTogether(server, cookie, acknowledged)).toBeUndefined();
      const warnings = server.logs.filter((line) => line.includes('database unavailable'));
      expect(warnings.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
