import { randomBytes } from 'node:crypto';
import { isUuid } from '@tend/core/primitives';
import { constantTimeEqual } from '../encoding.ts';
import type { ServerKeys } from '../server-keys.ts';

/**
 * A device that has signed in to an account before carries a device cookie for it (OWASP's "device
 * cookies" against online guessing): `<accountId>.<random nonce>.<server signature>`. Attempts from a
 * device with a valid one are counted against that device alone, so strangers guessing at the
 * username from elsewhere cannot lock its owner out, while the guessing stays throttled.
 */
export interface TrustedDevice {
  readonly accountId: string;
  readonly nonce: string;
}

const noncePattern = /^[A-Za-z0-9_-]{22}$/;

export function issueDeviceCookie(keys: ServerKeys, accountId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${accountId}.${nonce}.${keys.deviceMac(accountId, nonce)}`;
}

/**
 * The device the cookie stands for, when the server signed it for this very account (the account
 * the username names; none for an unknown username). Checking needs no database: the signature
 * covers the account id, so the answer takes the same path whether or not the account exists.
 */
export function trustedDevice(
  keys: ServerKeys,
  cookieValue: string | undefined,
  accountId: string | undefined,
): TrustedDevice | null {
  const [id = '', nonce = '', mac = '', ...rest] = (cookieValue ?? '').split('.');
  if (rest.length > 0 || !isUuid(id) || !noncePattern.test(nonce)) return null;
  const valid = constantTimeEqual(mac, keys.deviceMac(id, nonce));
  return valid && id === accountId ? { accountId: id, nonce } : null;
}
