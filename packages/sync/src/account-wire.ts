import { toBase64Url } from '@tend/core';
import type {
  KeyBundle as WireKeyBundle,
  NewRecoveryCodeRequest,
  SessionResponse,
  SignupRequest,
} from '@tend/contract';
import type { KeyBundle } from '@tend/crypto';
import { bytesOf } from './wire.ts';

/*
 * Where the account's wrapped keys become the wire's text and back, as `wire.ts` does for records: the
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

export type Signup = Omit<SignupRequest, 'keys'> & { readonly keys: KeyBundle };

export const signupToWire = (signup: Signup): SignupRequest => ({ ...signup, keys: keysToWire(signup.keys) });

/** A new passphrase's or a recovery's vault key, wrapped by the new passphrase. */
export const wrappedKeyToWire = <T extends { readonly wrappedVaultKey: Uint8Array }>(
  request: T,
): Omit<T, 'wrappedVaultKey'> & { wrappedVaultKey: string } => ({
  ...request,
  wrappedVaultKey: toBase64Url(request.wrappedVaultKey),
});

export type NewRecoveryCode = Omit<NewRecoveryCodeRequest, 'recoveryWrappedVaultKey'> & {
  readonly recoveryWrappedVaultKey: Uint8Array;
};

export const newRecoveryCodeToWire = (request: NewRecoveryCode): NewRecoveryCodeRequest => ({
  ...request,
  recoveryWrappedVaultKey: toBase64Url(request.recoveryWrappedVaultKey),
});
