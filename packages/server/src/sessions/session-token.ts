import { createHash, randomBytes } from 'node:crypto';
import { isUuid } from '@tend/core/primitives';

/**
 * The session cookie's value is `<accountId>.<32 random bytes, base64url>`. The account id lets the
 * lookup go straight to the owner's rows (the data shards by owner); only a SHA-256 of the random
 * part is stored, so a database dump holds no usable session.
 */
export interface SessionKey {
  readonly accountId: string;
  readonly tokenHash: string;
}

export interface NewSessionToken extends SessionKey {
  readonly cookieValue: string;
}

const secretPattern = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export function newSessionToken(accountId: string): NewSessionToken {
  const secret = randomBytes(32).toString('base64url');
  return { accountId, tokenHash: hashToken(secret), cookieValue: `${accountId}.${secret}` };
}

export function parseSessionCookie(value: string | undefined): SessionKey | null {
  if (value === undefined) return null;
  const dot = value.indexOf('.');
  const accountId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (dot < 0 || !isUuid(accountId) || !secretPattern.test(secret)) return null;
  return { accountId, tokenHash: hashToken(secret) };
}
