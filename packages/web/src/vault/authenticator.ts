/**
 * The passkey authenticator, behind a port: the browser's WebAuthn in the app (webauthn.ts), a fake
 * with the same PRF semantics in tests. Credential ids travel as base64url.
 */

/**
 * available: passkeys with PRF can open the vault here. no-prf: this browser cannot derive a key
 * from a passkey. unavailable: no WebAuthn at all (or not a secure context). needs-host-name: the app
 * is opened at a numeric address, which passkeys cannot be bound to.
 */
export type PasskeySupport = 'available' | 'no-prf' | 'unavailable' | 'needs-host-name';

export interface PasskeyRegistration {
  readonly credentialId: string;
  /** The PRF output for the salt, when the authenticator gives it at creation already. */
  readonly prfOutput: Uint8Array | null;
  /** Whether the authenticator said it supports PRF for this credential (false or unknown: null). */
  readonly isPrfEnabled: boolean | null;
}

export interface PasskeyAssertion {
  readonly credentialId: string;
  readonly prfOutput: Uint8Array | null;
}

export interface Authenticator {
  support(): Promise<PasskeySupport>;
  /** Makes a passkey for this vault; asks the person to verify themselves. */
  register(request: {
    readonly userId: Uint8Array;
    readonly userName: string;
    readonly salt: Uint8Array;
    /** Passkeys this vault already has here: an authenticator holding one refuses ("already-added"). */
    readonly exclude: readonly string[];
  }): Promise<PasskeyRegistration>;
  /** Asks one of these passkeys for its PRF output over its own salt. */
  assert(request: {
    readonly credentials: readonly { readonly id: string; readonly salt: Uint8Array }[];
  }): Promise<PasskeyAssertion>;
  /** Tells the passkey provider this credential is gone, so it can drop it too (where supported). */
  forget(credentialId: string): Promise<void>;
}

/** A passkey step that did not open or change anything; `reason` says which words to show. */
export class PasskeyError extends Error {
  override readonly name = 'PasskeyError';
  readonly reason:
    'unsupported' | 'no-prf' | 'cancelled' | 'unknown-passkey' | 'wrong-passkey' | 'already-added';
  constructor(reason: PasskeyError['reason']) {
    super(`The passkey step did not work (${reason}).`);
    this.reason = reason;
  }
}
