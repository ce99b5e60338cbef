import { describe, expect, it } from 'vitest';
import { newCiphertext, newId, newKdf } from './support/factories.ts';
import { createTestServer } from './support/test-server.ts';

/** Marks that must never reach a log line, whichever field or header carried them. */
const canaryName = 'canary.7f3a9c';
const canaryBytes = 'CanaryCipherText7f3a9cCanaryCipherText7f3a9cCanaryCipherTextXy';

describe('logs', () => {
  it('never contain usernames, ciphertext, secrets, cookies or raw bodies, only one line per request', async () => {
    const server = await createTestServer();
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

      const text = server.logs.join('');
      for (const secret of [
        canaryName,
        canaryBytes,
        request.authSecret,
        request.recoveryVerifier,
        secretPart,
      ]) {
        expect(text).not.toContain(secret);
      }
      const requestLines = server.logs
        .map((line) => JSON.parse(line) as { msg: string })
        .filter((line) => line.msg === 'request');
      expect(requestLines).toHaveLength(calls.length + 1);
      expect(Object.keys(requestLines[0] ?? {})).toEqual(
        expect.arrayContaining(['reqId', 'method', 'route', 'status', 'ms']),
      );
    } finally {
      await server.close();
    }
  });
});
