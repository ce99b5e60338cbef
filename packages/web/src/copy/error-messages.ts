import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { PasskeyError } from '../vault/authenticator.ts';
import { VaultStateError } from '../vault/errors.ts';
import { ServiceError, WrongPassphraseError, type ServiceErrorCode } from '../vault/vault-service.ts';

/**
 * Gentle words for what went wrong, for every contract error code (the compiler holds this table to
 * the contract's); nothing here blames the person.
 */
const byCode = {
  unauthorized: msg`Your session on the server has ended. You can sign in again from Settings.`,
  rate_limited: msg`There have been a lot of tries just now. Please wait a minute, then try again.`,
  account_unavailable: msg`That username is not available. Would you like to try another one?`,
  payload_too_large: msg`That is more than the server takes at once. Your words are still saved on this device.`,
  quota_exceeded: msg`The server has no more room for this account. Everything is still saved on this device. Removing entries you no longer need makes room, or whoever runs your server can give it more.`,
  bad_request: msg`The server could not read that request. Your words are still saved on this device.`,
  not_found: msg`The server could not find that. Your vault on this device is unchanged.`,
  unavailable: msg`The server is resting for a moment. Your words are safe on this device; please try again soon.`,
  internal: msg`Something went wrong on the server. Your words are safe on this device; please try again soon.`,
  offline: msg`You seem to be offline. Your words are safe on this device and will sync later.`,
  csrf_rejected: msg`The server did not take that request from this page. Reloading Tend and trying again usually helps; your words are still saved on this device.`,
  method_not_allowed: msg`This version of Tend asked the server in a way it no longer answers. Reloading Tend usually helps; your words are still saved on this device.`,
  unsupported_media_type: msg`The server could not read that request. Your words are still saved on this device.`,
} as const satisfies Record<ServiceErrorCode, MessageDescriptor>;

/** Words a form may give some codes (or a wrong passphrase) for its own context. */
export type ErrorWords = Readonly<
  Partial<Record<ServiceErrorCode | 'wrong_passphrase', string | MessageDescriptor>>
>;

/** Words from a catalogue in the language Tend speaks now; a form's own words as they are. */
export const say = (words: string | MessageDescriptor): string =>
  typeof words === 'string' ? words : i18n._(words);

export const wrongPassphraseText = msg`That passphrase did not open the vault. Nothing is lost: you can try again whenever you are ready.`;

export const unexpectedText = msg`Something did not work just now. Nothing you wrote is lost; please try again.`;

export const signInMismatchText = msg`That username and passphrase did not open an account. Would you like to check them and try again?`;

/** What happened with a passkey, and always that the passphrase still works. */
export const passkeyText: Record<PasskeyError['reason'], MessageDescriptor> = {
  unsupported: msg`This browser cannot use a passkey to open Tend here. Your passphrase still works.`,
  'no-prf': msg`This browser or passkey cannot make the key Tend needs (it lacks the PRF extension), so it cannot open your vault. Your passphrase still works.`,
  cancelled: msg`The passkey step closed before it finished. Nothing has changed; you can try again or use your passphrase.`,
  'unknown-passkey': msg`That passkey is not set up for this vault on this device. Your passphrase still opens it.`,
  'wrong-passkey': msg`That passkey did not open the vault. Your passphrase still opens it.`,
  'already-added': msg`This passkey is already set up for this vault on this device.`,
};

/** Vault states a person can meet through an ordinary form. */
const vaultStateText: Partial<Record<VaultStateError['state'], MessageDescriptor>> = {
  'recovery-code-unsettled': msg`Your last new recovery code may have reached the server, but its answer did not come back. Tend checks with the server when it can be reached; please try again then.`,
};

/**
 * A message for any error a vault call may throw; a form may word some codes for its own context.
 * Never includes what the person typed.
 */
export function describeError(error: unknown, overrides: ErrorWords = {}): string {
  if (error instanceof WrongPassphraseError) return say(overrides['wrong_passphrase'] ?? wrongPassphraseText);
  if (error instanceof PasskeyError) return say(passkeyText[error.reason]);
  if (error instanceof VaultStateError) return say(vaultStateText[error.state] ?? unexpectedText);
  if (error instanceof ServiceError)
    return say(overrides[error.code] ?? byCode[error.code] ?? unexpectedText);
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return say(byCode.offline);
  return say(unexpectedText);
}

/** The error's code when it is a ServiceError, for choosing what to offer next. */
export function errorCode(error: unknown): ServiceErrorCode | null {
  return error instanceof ServiceError ? error.code : null;
}
