import { Username, type KdfParams } from '@tend/contract';
import {
  newRecoveryCodeToWire,
  sessionFromWire,
  signupToWire,
  wrappedKeyToWire,
  type NewRecoveryCode,
  type Signup,
} from '@tend/sync';
import type { HttpClient } from './http-client.ts';
import { ServiceError } from './vault-service.ts';

/** A passphrase change as the device makes it: the newly wrapped vault key is bytes. */
export interface PassphraseChange {
  readonly currentAuthSecret: string;
  readonly newAuthSecret: string;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: Uint8Array;
}

export interface Recovery {
  readonly username: string;
  readonly recoveryVerifier: string;
  readonly newAuthSecret: string;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: Uint8Array;
}

/** Usernames are compared as the server does (NFKC, trimmed, lower case); a malformed one goes nowhere. */
export function normalizeUsername(username: string): string {
  const parsed = Username.safeParse(username);
  if (!parsed.success) throw new ServiceError('bad_request', 'That username cannot be used.');
  return parsed.data;
}

/** The account routes of the API; wrapped keys are bytes here and the wire's text only past sync's account wire. */
export function createAccountClient(http: HttpClient) {
  return {
    signup: (request: Signup) => http.send('signup', { body: signupToWire(request) }),
    loginParams: (username: string) => http.call('loginParams', { body: { username } }),
    login: (username: string, authSecret: string) =>
      http.call('login', { body: { username, authSecret } }).then(sessionFromWire),
    session: () => http.call('session').then(sessionFromWire),
    logout: () => http.send('logout'),
    changePassphrase: (change: PassphraseChange) =>
      http.send('changePassphrase', { body: wrappedKeyToWire(change) }),
    recover: (recovery: Recovery) => http.send('recover', { body: wrappedKeyToWire(recovery) }),
    newRecoveryCode: (request: NewRecoveryCode) =>
      http.send('newRecoveryCode', { body: newRecoveryCodeToWire(request) }),
    deleteAccount: (authSecret: string) => http.send('deleteAccount', { body: { authSecret } }),
  };
}

export type AccountClient = ReturnType<typeof createAccountClient>;
