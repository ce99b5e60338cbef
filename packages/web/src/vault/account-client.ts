import { Username } from '@tend/contract';
import {
  authSecretToWire,
  newRecoveryCodeToWire,
  passphraseChangeToWire,
  recoveryToWire,
  sessionFromWire,
  signupToWire,
  type NewRecoveryCode,
  type PassphraseChange,
  type Recovery,
  type Signup,
} from '@tend/sync';
import type { HttpClient } from './http-client.ts';
import { ServiceError } from './vault-service.ts';

/** Usernames are compared as the server does (NFKC, trimmed, lower case); a malformed one goes nowhere. */
export function normalizeUsername(username: string): string {
  const parsed = Username.safeParse(username);
  if (!parsed.success) throw new ServiceError('bad_request', 'That username cannot be used.');
  return parsed.data;
}

/** The account routes of the API: wrapped keys and auth secrets are bytes here, text past sync's account wire. */
export function createAccountClient(http: HttpClient) {
  return {
    signup: (request: Signup) => http.send('signup', { body: signupToWire(request) }),
    loginParams: (username: string) => http.call('loginParams', { body: { username } }),
    login: (username: string, authSecret: Uint8Array) =>
      http
        .call('login', { body: { username, authSecret: authSecretToWire(authSecret) } })
        .then(sessionFromWire),
    session: () => http.call('session').then(sessionFromWire),
    logout: () => http.send('logout'),
    changePassphrase: (change: PassphraseChange) =>
      http.send('changePassphrase', { body: passphraseChangeToWire(change) }),
    recover: (recovery: Recovery) => http.send('recover', { body: recoveryToWire(recovery) }),
    newRecoveryCode: (request: NewRecoveryCode) =>
      http.send('newRecoveryCode', { body: newRecoveryCodeToWire(request) }),
    deleteAccount: (authSecret: Uint8Array) =>
      http.send('deleteAccount', { body: { authSecret: authSecretToWire(authSecret) } }),
  };
}

export type AccountClient = ReturnType<typeof createAccountClient>;
