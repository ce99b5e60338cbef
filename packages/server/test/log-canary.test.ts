import { describe, expect, it } from 'vitest';
import { newCiphertext, newId, newKdf } from './support/factories.ts';
import { callRoute, openPractice } from './support/practice.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

/** Marks that must never reach a log line, whichever field or header carried them. */
const canaryName = 'canary.7f3a9c';
const canaryBytes = 'CanaryCipherText7f3a9cCanaryCipherText7f3a9cCanaryCipherTextXy';
/** Exactly 32 bytes of base64url, as an invitation lookup is. */
const canaryLookup = 'CanaryLookup7f3a9cCanaryLookup7f3a9cCanaryL';
const canaryLabel = 'CanaryLabel7f3a9cCanaryLabel7f3a9cCanaryLabel7f3a9cCanaryLabelX';
const canaryKey = `CanaryShareKey7f3a9c${'K'.repeat(60)}`;

/**
 * The practitioner space, with every value that could identify a person or a shared item marked:
 * returns the marks and how many requests were sent.
 */
async function practiceRequests(server: TestServer, cookie: string, authSecret: string) {
  const practitioner = await server.signUp();
  await openPractice(server, practitioner);
  const [shareId, recordId] = [newId(), newId()];
  const asPractitioner = { cookie: practitioner.cookie };
  const steps: [Parameters<typeof callRoute>[1], Parameters<typeof callRoute>[2]][] = [
    ['createInvitation', { ...asPractitioner, body: { lookup: canaryLookup, sealedProfile: canaryBytes } }],
    ['readInvitation', { cookie, body: { lookup: canaryLookup } }],
    [
      'acceptInvitation',
      {
        cookie,
        body: {
          lookup: canaryLookup,
          shareId,
          sealedShareKey: canaryKey,
          sealedClientLabel: canaryLabel,
          authSecret,
        },
      },
    ],
    [
      'writeShared',
      { cookie, body: { shareId, changes: [{ id: recordId, baseVersion: 0, ciphertext: canaryBytes }] } },
    ],
    [
      'writeShared',
      {
        ...asPractitioner,
        body: { shareId, changes: [{ id: recordId, baseVersion: 0, ciphertext: canaryBytes }] },
      },
    ],
    [
      'writeShared',
      {
        cookie,
        body: { shareId, changes: [{ id: `${recordId}x`, baseVersion: 0, ciphertext: canaryBytes }] },
      },
    ],
    ['relabelShare', { cookie, body: { shareId, sealedClientLabel: canaryLabel } }],
    ['shares', asPractitioner],
    ['shareRecords', { ...asPractitioner, query: `?shareId=${shareId}` }],
    ['shareRecords', { ...asPractitioner, query: `?shareId=${recordId}` }],
    ['shareRecords', { ...asPractitioner, query: `?shareId=${canaryLabel}` }],
    ['accessLog', { cookie }],
    ['endShare', { ...asPractitioner, body: { shareId } }],
    ['relabelShare', { cookie, body: { shareId, sealedClientLabel: canaryLabel } }],
  ];
  const statuses: number[] = [];
  for (const [name, options] of steps) statuses.push((await callRoute(server, name, options)).status);
  expect(statuses).toEqual([201, 200, 201, 200, 200, 400, 204, 200, 200, 404, 400, 200, 204, 404]);
  // The practitioner's sign-up and practice opening are requests too.
  return { marks: [shareId, recordId, canaryLookup, canaryLabel, canaryKey], sent: steps.length + 2 };
}

describe('logs', () => {
  it('never contain usernames, ciphertext, secrets, cookies or raw bodies, only one line per request', async () => {
    const server = await createTestServer({ cheapHashing: true });
    try {
      const { request, cookie } = await server.signUp({ username: canaryName });
      const secretPart = cookie.split('.')[1] ?? '';
      const id = newId();
      const calls: Promise<Response>[] = [
        server.call('POST', '/api/v1/auth/params', { body: { username: canaryName } }),
        server.call('POST', '/api/v1/auth/login', {
          body: { username: canaryName, authSecret: request.authSecret },
        }),
        server.call('POST', '/api/v1/auth/login', {
          body: { username: `${canaryName}x`, authSecret: request.authSecret },
        }),
        server.call('POST', '/api/v1/sync/push', {
          cookie,
          body: { changes: [{ id, baseVersion: 0, ciphertext: canaryBytes }] },
        }),
        server.call('POST', '/api/v1/sync/push', {
          cookie,
          body: { changes: [{ id, baseVersion: 0, ciphertext: newCiphertext() }] },
        }),
        server.call('GET', '/api/v1/sync/pull', { cookie }),
        server.call('GET', `/api/v1/sync/pull?after=${canaryName}`, { cookie }),
        // Bodies that fail to parse or validate: error messages of parsers quote their input.
        server.call('POST', '/api/v1/auth/params', {
          rawBody: `{"username": ${canaryName}}`,
          headers: { 'content-type': 'application/json' },
        }),
        server.call('POST', '/api/v1/auth/params', {
          body: { username: canaryName, [canaryName]: canaryBytes },
        }),
        server.call('POST', '/api/v1/auth/recover', {
          body: {
            username: canaryName,
            recoveryVerifier: canaryBytes,
            newAuthSecret: canaryBytes,
            kdf: newKdf(),
            wrappedVaultKey: canaryBytes,
          },
        }),
        server.call('GET', `/api/v1/${canaryName}`, { headers: { 'x-anything': canaryName } }),
        server.call('GET', `/${canaryName}`, { headers: { accept: 'text/html' } }),
      ];
      const responses = [];
      for (const call of calls) responses.push(await call);
      expect(responses.map((r) => r.status)).toContain(200);

      const practice = await practiceRequests(server, cookie, request.authSecret);

      const text = server.logs.join('');
      for (const secret of [
        canaryName,
        canaryBytes,
        request.authSecret,
        request.recoveryVerifier,
        secretPart,
        ...practice.marks,
      ]) {
        expect(text).not.toContain(secret);
      }
      const requestLines = server.logs
        .map((line) => JSON.parse(line) as { msg: string })
        .filter((line) => line.msg === 'request');
      expect(requestLines).toHaveLength(calls.length + 1 + practice.sent);
      expect(Object.keys(requestLines[0] ?? {})).toEqual(
        expect.arrayContaining(['reqId', 'method', 'route', 'status', 'ms']),
      );
    } finally {
      await server.close();
    }
  });
});
