import { createHmac } from 'node:crypto';

/** Keyed hashes made with the server's own secret (kept in the database, never sent anywhere). */
export interface ServerKeys {
  /** A stable, plausible Argon2 salt for a username that has no account, so params do not reveal it. */
  fakeSalt(username: string): string;
  /** The rate-limit bucket for a subject (username, address, account id) within a scope. */
  bucketKey(scope: string, subject: string): string;
  /** The signature of a device cookie: proves the server issued `nonce` to a device of `accountId`. */
  deviceMac(accountId: string, nonce: string): string;
}

export function createServerKeys(secret: Uint8Array): ServerKeys {
  const mac = (label: string, value: string) =>
    createHmac('sha256', secret).update(`${label}\0${value}`).digest();
  return {
    fakeSalt: (username) => mac('kdf-salt', username).subarray(0, 16).toString('base64url'),
    bucketKey: (scope, subject) =>
      `${scope}:${mac(`bucket:${scope}`, subject).subarray(0, 18).toString('base64url')}`,
    deviceMac: (accountId, nonce) =>
      mac('device', `${accountId}\0${nonce}`).subarray(0, 24).toString('base64url'),
  };
}
