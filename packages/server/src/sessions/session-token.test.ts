import { describe, expect, it } from 'vitest';
import { newId } from '../../test/support/factories.ts';
import { hashToken, newSessionToken, parseSessionCookie } from './session-token.ts';

describe('session tokens', () => {
  it('round-trips a new token and stores only a hash of its secret', () => {
    const accountId = newId();
    const token = newSessionToken(accountId);
    const [id, secret] = token.cookieValue.split('.');
    expect(id).toBe(accountId);
    expect(token.tokenHash).toBe(hashToken(secret ?? ''));
    expect(token.tokenHash).not.toContain(secret ?? '');
    expect(parseSessionCookie(token.cookieValue)).toEqual({ accountId, tokenHash: token.tokenHash });
    expect(newSessionToken(accountId).cookieValue).not.toBe(token.cookieValue);
  });

  it.each([
    undefined,
    '',
    '.',
    'x.y',
    `${newId()}`,
    `${newId()}.short`,
    `not-an-id.${'a'.repeat(43)}`,
    `${newId()}.${'a'.repeat(42)}!`,
  ])('refuses %s', (value) => {
    expect(parseSessionCookie(value)).toBeNull();
  });
});
