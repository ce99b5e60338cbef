import { toBase64Url } from '@tend/core';
import type {
  KdfParams,
  KeyBundle as WireKeyBundle,
  NewRecoveryCodeRequest,
  RequestOf,
  SessionResponse,
  SignupRequest,
} from '@tend/contract';
import type { KeyBundle } from '@tend/crypto';
import { bytesOf } from './wire.ts';

/*
 * Where the account's wrapped keys and auth secrets become the wire's text and back, as `wire.ts` does for records: the
 * account routes' HTTP client calls these, nothing before it does. On the device the key bundle is
 * bytes; the sharing public key is base64url text everywhere, the form it is bound in. Text from the
 * server that is not strict base64url becomes no bytes, which then does not open (a wrong key).
 */

export const keysToWire = (keys: KeyBundle): WireKeyBundle => ({
  wrappedVaultKey: toBase64Url(keys.wrappedVaultKey),
  recoveryWrappedVaultKey: toBase64Url(keys.recoveryWrappedVaultKey),
  sealedSharingPrivateKey: toBase64Url(keys.sealedSharingPrivateKey),
  sharingPublicKey: keys.sharingPublicKey,
});

export const keysFromWire = (keys: WireKeyBundle): KeyBundle => ({
  wrappedVaultKey: bytesOf(keys.wrappedVaultKey),
  recoveryWrappedVaultKey: bytesOf(keys.recoveryWrappedVaultKey),
  sealedSharingPrivateKey: bytesOf(keys.sealedSharingPrivateKey),
  sharingPublicKey: keys.sharingPublicKey,
});

/** A session as the device keeps it: the server's keys as bytes. */
export type AccountSession = Omit<SessionResponse, 'keys'> & { readonly keys: KeyBundle };

export const sessionFromWire = (session: SessionResponse): AccountSession => ({
  ...session,
  keys: keysFromWire(session.keys),
});

/** The auth secret (32 bytes from the passphrase) as the wire carries it. */
export const authSecretToWire = (authSecret: Uint8Array): string => toBase64Url(authSecret);

export type Signup = Omit<SignupRequest, 'keys' | 'authSecret'> & {
  readonly authSecret: Uint8Array;
  readonly keys: KeyBundle;
};

export const signupToWire = (signup: Signup): SignupRequest => ({
  ...signup,
  authSecret: authSecretToWire(signup.authSecret),
  keys: keysToWire(signup.keys),
});

/** A passphrase change as the device makes it: the secrets and the newly wrapped vault key as bytes. */
export interface PassphraseChange {
  readonly currentAuthSecret: Uint8Array;
  readonly newAuthSecret: Uint8Array;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: Uint8Array;
}

export const passphraseChangeToWire = (change: PassphraseChange): RequestOf<'changePassphrase'> => ({
  currentAuthSecret: authSecretToWire(change.currentAuthSecret),
  newAuthSecret: authSecretToWire(change.newAuthSecret),
  kdf: change.kdf,
  wrappedVaultKey: toBase64Url(change.wrappedVaultKey),
});

/** A recovery as the device makes it: the new secret and the newly wrapped vault key as bytes. */
export interface Recovery {
  readonly username: string;
  readonly recoveryVerifier: string;
  readonly newAuthSecret: Uint8Array;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: Uint8Array;
}

export const recoveryToWire = (recovery: Recovery): RequestOf<'recover'> => ({
  ...recovery,
  newAuthSecret: authSecretToWire(recovery.newAuthSecret),
  wrappedVaultKey: toBase64Url(recovery.wrappedVaultKey),
});

export type NewRecoveryCode = Omit<
  NewRecoveryCodeRequest,
  'currentAuthSecret' | 'recoveryWrappedVaultKey'
> & {
  readonly currentAuthSecret: Uint8Array;
  readonly recoveryWrappedVaultKey: Uint8Array;
};

export const newRecoveryCodeToWire = (request: NewRecoveryCode): NewRecoveryCodeRequest => ({
  ...request,
  currentAuthSecret: authSecretToWire(request.currentAuthSecret),
  recoveryWrappedVaultKey: toBase64Url(request.recoveryWrappedVaultKey),
});
