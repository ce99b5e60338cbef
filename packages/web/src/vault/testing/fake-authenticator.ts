import { toBase64Url } from '@tend/core';
import { PasskeyError, type Authenticator, type PasskeySupport } from '../authenticator.ts';

export interface FakeAuthenticator extends Authenticator {
  /** Which passkey answers the next assertion (by default the first allowed one it holds). */
  choose(credentialId: string | null): void;
  /** Deletes a passkey from the authenticator itself, as a person might in their passkey manager. */
  drop(credentialId: string): void;
  readonly credentials: ReadonlyMap<string, Uint8Array>;
  readonly forgotten: readonly string[];
}

/**
 * A passkey authenticator in memory with the PRF semantics of WebAuthn (HMAC-SHA-256 of the salt
 * under a secret only the credential holds, as CTAP's hmac-secret does), for the vault's tests.
 */
export function fakeAuthenticator(
  options: { readonly support?: PasskeySupport; readonly prfAtCreation?: boolean } = {},
): FakeAuthenticator {
  const credentials = new Map<string, Uint8Array>();
  const forgotten: string[] = [];
  let chosen: string | null = null;
  const hasPrf = (options.support ?? 'available') === 'available';

  async function prf(secret: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
    const key = await crypto.subtle.importKey(
      'raw',
      Uint8Array.from(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const input = new Uint8Array([...new TextEncoder().encode('WebAuthn PRF\u0000'), ...salt]);
    return new Uint8Array(await crypto.subtle.sign('HMAC', key, input));
  }

  return {
    credentials,
    forgotten,
    choose: (id) => void (chosen = id),
    drop: (id) => void credentials.delete(id),
    support: async () => options.support ?? 'available',
    async register({ salt, exclude }) {
      if (options.support === 'unavailable' || options.support === 'needs-host-name')
        throw new PasskeyError('unsupported');
      if (exclude.some((id) => credentials.has(id))) throw new PasskeyError('already-added');
      const id = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
      const secret = crypto.getRandomValues(new Uint8Array(32));
      credentials.set(id, secret);
      const atCreation = hasPrf && (options.prfAtCreation ?? true);
      return {
        credentialId: id,
        prfOutput: atCreation ? await prf(secret, salt) : null,
        isPrfEnabled: hasPrf,
      };
    },
    async assert({ credentials: allowed }) {
      const pick = chosen ?? allowed.find((c) => credentials.has(c.id))?.id;
      const secret = pick ? credentials.get(pick) : undefined;
      if (!pick || !secret) throw new PasskeyError('cancelled');
      const salt = allowed.find((c) => c.id === pick)?.salt ?? new Uint8Array(32);
      return { credentialId: pick, prfOutput: hasPrf ? await prf(secret, salt) : null };
    },
    async forget(credentialId) {
      forgotten.push(credentialId);
    },
  };
}
