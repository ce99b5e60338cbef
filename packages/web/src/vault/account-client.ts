import { Username, type KdfParams, type NewRecoveryCodeRequest, type SignupRequest } from '@tend/contract';
import type { HttpClient } from './http-client.ts';
import { ServiceError } from './vault-service.ts';

/** The contract's shape of a passphrase change and of a recovery, as sent. */
export interface PassphraseChange {
  readonly currentAuthSecret: string;
  readonly newAuthSecret: string;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: string;
}

export interface Recovery {
  readonly username: string;
  readonly recoveryVerifier: string;
  readonly newAuthSecret: string;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: string;
}

/** Usernames are compared as the server does (NFKC, trimmed, lower case); a malformed one goes nowhere. */
export function normalizeUsername(username: string): string {
  const parsed = Username.safeParse(username);
  if (!parsed.success) throw new ServiceError('bad_request', 'That username cannot be used.');
  return parsed.data;
}

/** The account routes of the API. */
export function createAccountClient(http: HttpClient) {
  return {
    signup: (request: SignupRequest) => http.send('signup', { body: request }),
    loginParams: (username: string) => http.call('loginParams', { body: { username } }),
    login: (username: string, authSecret: string) => http.call('login', { body: { username, authSecret } }),
    session: () => http.call('session'),
    logout: () => http.send('logout'),
    changePassphrase: (change: PassphraseChange) => http.send('changePassphrase', { body: change }),
    recover: (recovery: Recovery) => http.send('recover', { body: recovery }),
    newRecoveryCode: (request: NewRecoveryCodeRequest) => http.send('newRecoveryCode', { body: request }),
    deleteAccount: (authSecret: string) => http.send('deleteAccount', { body: { authSecret } }),
  };
}

export type AccountClient = ReturnType<typeof createAccountClient>;
