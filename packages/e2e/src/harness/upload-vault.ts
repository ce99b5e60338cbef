import { makeUuidV7, toBase64Url, type VaultObject } from '@tend/core';
import { createVaultKeys, sealObject } from '@tend/crypto';
import type { TendServer } from './tend-server.ts';

async function post(server: TendServer, path: string, body: unknown, cookie = ''): Promise<Response> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tend-request': '1', cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * Makes an account and pushes a whole vault to it from Node, sealed with the same crypto the app uses,
 * so a browser can then sign in to it as a second device would (benchmarks and screenshots).
 */
export async function uploadVault(
  server: TendServer,
  account: { username: string; passphrase: string },
  objects: readonly VaultObject[],
): Promise<void> {
  const made = await createVaultKeys(account.passphrase);
  const accountId = makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
  const signup = await post(server, '/api/v1/auth/signup', {
    accountId,
    username: account.username,
    authSecret: toBase64Url(made.authSecret),
    recoveryVerifier: made.recoveryVerifier,
    kdf: made.kdf,
    // The wire's text, as the app's account client sends it.
    keys: {
      wrappedVaultKey: toBase64Url(made.keys.wrappedVaultKey),
      recoveryWrappedVaultKey: toBase64Url(made.keys.recoveryWrappedVaultKey),
      sealedSharingPrivateKey: toBase64Url(made.keys.sealedSharingPrivateKey),
      sharingPublicKey: made.keys.sharingPublicKey,
    },
  });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  let batch: { id: string; baseVersion: number; ciphertext: string }[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length) await post(server, '/api/v1/sync/push', { changes: batch }, cookie);
    batch = [];
    size = 0;
  };
  for (const object of objects) {
    const seal = { ownerId: accountId, recordId: object.id, version: 1 };
    const ciphertext = toBase64Url(await sealObject(made.vaultKey, seal, object));
    // A push stays well under the server's request limit.
    if (batch.length === 200 || size + ciphertext.length > 900_000) await flush();
    batch.push({ id: object.id, baseVersion: 0, ciphertext });
    size += ciphertext.length;
  }
  await flush();
}
