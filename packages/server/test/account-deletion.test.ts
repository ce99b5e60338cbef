import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../src/db/schema.ts';
import { testDatabases } from './support/databases.ts';
import { newCiphertext, newId, randomB64 } from './support/factories.ts';
import { callRoute, connect, invite, openPractice, writeShared } from './support/practice.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

/** Rows per table, for one account (by id) or in total. */
async function countRows(server: TestServer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tableNames) {
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
      server.ctx.database.db,
    );
    counts[table] = Number(result.rows[0]?.n);
  }
  return counts;
}

describe.each(testDatabases())('account deletion on $name', (database) => {
  it('re-checks the secret, then removes every row the account owns and nothing of anyone else', async () => {
    const server = await createTestServer({ database, cheapHashing: true });
    try {
      const before = await countRows(server);
      const keep = await server.signUp();
      const gone = await server.signUp();
      for (const person of [keep, gone]) {
        const changes = [newId(), newId(), newId()].map((id) => ({
          id,
          baseVersion: 0,
          ciphertext: newCiphertext(),
        }));
        await server.call('POST', '/api/v1/sync/push', { cookie: person.cookie, body: { changes } });
        // A second session and a failed login leave rows in sessions and rate-limit buckets.
        const body = { username: person.request.username, authSecret: person.request.authSecret };
        await server.call('POST', '/api/v1/auth/login', { body });
        await server.call('POST', '/api/v1/auth/login', { body: { ...body, authSecret: randomB64(32) } });
      }
      // The practitioner space: `gone` is the practitioner of `keep` and the client of `third`, with
      // shared records written by both sides, fetches logged for both clients and open invitations.
      const third = await server.signUp();
      for (const person of [gone, third]) await openPractice(server, person);
      const asPractitioner = await connect(server, keep, gone);
      const asClient = await connect(server, gone, third);
      const record = () => ({ id: newId(), baseVersion: 0, ciphertext: newCiphertext() });
      await writeShared(server, keep.cookie, asPractitioner, [record(), record()]);
      await writeShared(server, gone.cookie, asPractitioner, [record()]);
      await writeShared(server, gone.cookie, asClient, [record()]);
      const fetches = [
        { person: gone, shareId: asPractitioner },
        { person: third, shareId: asClient },
      ];
      for (const { person, shareId } of fetches) {
        const query = `?shareId=${shareId}`;
        expect((await callRoute(server, 'shareRecords', { cookie: person.cookie, query })).status).toBe(200);
      }
      await invite(server, gone);
      await invite(server, gone);
      await invite(server, third);

      const wrong = await server.call('POST', '/api/v1/account/delete', {
        cookie: gone.cookie,
        body: { authSecret: randomB64(32) },
      });
      expect(wrong.status).toBe(401);
      const withBoth = await countRows(server);

      const response = await server.call('POST', '/api/v1/account/delete', {
        cookie: gone.cookie,
        body: { authSecret: gone.request.authSecret },
      });
      expect(response.status).toBe(204);
      expect(response.headers.getSetCookie()[0]).toMatch(/Max-Age=0/);

      const after = await countRows(server);
      expect(after['accounts']).toBe((withBoth['accounts'] ?? 0) - 1);
      expect(after['records']).toBe((withBoth['records'] ?? 0) - 3);
      expect(after['sessions']).toBe((withBoth['sessions'] ?? 0) - 2);
      // Its own buckets (login per username, re-auth) are gone; the per-address buckets are not the account's.
      expect(after['rate_limit_buckets']).toBe((withBoth['rate_limit_buckets'] ?? 0) - 2);
      expect(after['server_secrets']).toBe(before['server_secrets']);
      expect(after['invitations']).toBe((withBoth['invitations'] ?? 0) - 2);
      expect(after['shares']).toBe((withBoth['shares'] ?? 0) - 2);
      expect(after['shared_records']).toBe((withBoth['shared_records'] ?? 0) - 4);
      // Its own log as a client goes; the log of its client `keep` (who it fetched from) stays with keep.
      expect(after['access_log']).toBe((withBoth['access_log'] ?? 0) - 1);
      const keptLog = await callRoute(server, 'accessLog', { cookie: keep.cookie });
      expect(((await keptLog.json()) as { entries: unknown[] }).entries).toHaveLength(1);
      const ownerColumns = [
        ['invitations', 'practitioner_id'],
        ['shares', 'client_id'],
        ['shares', 'practitioner_id'],
        ['shared_records', 'owner_id'],
        ['access_log', 'owner_id'],
      ] as const;
      for (const [table, column] of ownerColumns) {
        const left = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(
          column,
        )} = ${gone.session.accountId}`.execute(server.ctx.database.db);
        expect(Number(left.rows[0]?.n), `${table}.${column}`).toBe(0);
      }

      const owned = await sql<{
        n: number;
      }>`select count(*) as n from records where owner_id = ${gone.session.accountId}`.execute(
        server.ctx.database.db,
      );
      expect(Number(owned.rows[0]?.n)).toBe(0);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: gone.cookie })).status).toBe(401);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: keep.cookie })).status).toBe(200);
      const login = await server.call('POST', '/api/v1/auth/login', {
        body: { username: gone.request.username, authSecret: gone.request.authSecret },
      });
      expect(login.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
