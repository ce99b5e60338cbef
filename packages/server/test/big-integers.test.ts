import { maxInt32 } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newCiphertext, newId } from './support/factories.ts';
import { callRoute, connect, errorCode, signUpPractitioner } from './support/practice.ts';
import { createTestServer, type SignedUp, type TestServer } from './support/test-server.ts';

/** Numbers past what the columns hold (PostgreSQL `integer`), and spellings that are not plain digits. */
const outOfRange = [
  String(maxInt32 + 1),
  '4294967296',
  '9007199254740993',
  '1e10',
  '1e400',
  '0x10',
  '+1',
  ' 1',
];

describe.each(testDatabases())('integers bounded by the schema on $name', (database) => {
  let server: TestServer;
  let person: SignedUp;
  let shareId: string;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
    person = await server.signUp();
    shareId = await connect(server, person, await signUpPractitioner(server));
  });
  afterAll(() => server.close());

  const expectBadRequest = async (response: Response, what: string) => {
    expect(response.status, what).toBe(400);
    expect(await errorCode(response)).toBe('bad_request');
  };

  it('answers 400, never 500, to a cursor past the column in any query', async () => {
    for (const value of outOfRange) {
      const query = `?after=${encodeURIComponent(value)}`;
      await expectBadRequest(
        await callRoute(server, 'pull', { cookie: person.cookie, query }),
        `pull ${value}`,
      );
      await expectBadRequest(
        await callRoute(server, 'accessLog', { cookie: person.cookie, query }),
        `access log ${value}`,
      );
      await expectBadRequest(
        await callRoute(server, 'shareRecords', {
          cookie: person.cookie,
          query: `${query}&shareId=${shareId}`,
        }),
        `share records ${value}`,
      );
    }
    const atTheEdge = await callRoute(server, 'pull', { cookie: person.cookie, query: `?after=${maxInt32}` });
    expect(await atTheEdge.json()).toEqual({ records: [], cursor: maxInt32, hasMore: false });
  });

  it('answers 400 to a base version whose next version would not fit, and stores the last one that does', async () => {
    for (const baseVersion of [maxInt32, maxInt32 + 1, 2 ** 53, 1e300]) {
      const changes = [{ id: newId(), baseVersion, ciphertext: newCiphertext() }];
      await expectBadRequest(
        await callRoute(server, 'push', { cookie: person.cookie, body: { changes } }),
        `push ${baseVersion}`,
      );
      await expectBadRequest(
        await callRoute(server, 'writeShared', { cookie: person.cookie, body: { shareId, changes } }),
        `shared ${baseVersion}`,
      );
    }
    const id = newId();
    const last = await callRoute(server, 'push', {
      cookie: person.cookie,
      body: { changes: [{ id, baseVersion: maxInt32 - 1, ciphertext: newCiphertext() }] },
    });
    expect(await last.json()).toMatchObject({ results: [{ id, status: 'accepted', version: maxInt32 }] });
  });
});
