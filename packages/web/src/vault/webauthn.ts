import { fromBase64Url, toBase64Url } from '@tend/core';
import { PasskeyError, type Authenticator, type PasskeySupport } from './authenticator.ts';

/** What the PRF extension answers (not yet in every DOM typing). */
interface PrfOutputs {
  readonly prf?: { readonly enabled?: boolean; readonly results?: { readonly first?: BufferSource } };
}

type Capabilities = Readonly<Record<string, boolean>>;
interface PublicKeyCredentialStatics {
  getClientCapabilities?: () => Promise<Capabilities>;
  signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
}

const ipAddress = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** The statics a browser may lack (declared present by the DOM types), read as optional. */
function statics(): PublicKeyCredentialStatics | null {
  if (typeof PublicKeyCredential === 'undefined') return null;
  const optional: PublicKeyCredentialStatics = PublicKeyCredential;
  return optional;
}

function bytesOf(source: BufferSource | undefined): Uint8Array | null {
  if (!source) return null;
  return source instanceof ArrayBuffer
    ? new Uint8Array(source)
    : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => Uint8Array.from(bytes);

/** The browser's words for what happened, as the vault's words. */
function passkeyFailure(error: unknown): unknown {
  if (!(error instanceof DOMException)) return error;
  if (error.name === 'InvalidStateError') return new PasskeyError('already-added');
  if (error.name === 'SecurityError' || error.name === 'NotSupportedError')
    return new PasskeyError('unsupported');
  // NotAllowedError covers cancelling, a timeout and a passkey the person did not pick.
  return new PasskeyError('cancelled');
}

async function credentialOf(pending: Promise<Credential | null>) {
  const credential = await pending.catch((error: unknown) => {
    throw passkeyFailure(error);
  });
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyError('cancelled');
  const prf = (credential.getClientExtensionResults() as PrfOutputs).prf;
  return { credentialId: toBase64Url(new Uint8Array(credential.rawId)), prf };
}

const challenge = () => crypto.getRandomValues(new Uint8Array(32));

/**
 * WebAuthn with the PRF extension, bound to the page's own host name (the default RP id). Nothing
 * remote checks the assertion: the secret is the PRF output, which the authenticator gives only to
 * this origin and only after the person verifies themselves, so the challenge is simply random.
 */
export function createWebAuthn(): Authenticator {
  return {
    async support(): Promise<PasskeySupport> {
      const api = statics();
      if (!api || !globalThis.isSecureContext || !navigator.credentials) return 'unavailable';
      if (ipAddress.test(location.hostname)) return 'needs-host-name';
      // A browser that cannot say is offered the choice: creation tells for sure.
      const capabilities = await api.getClientCapabilities?.().catch(() => null);
      // Browsers that cannot say are offered the choice; creation then tells for sure.
      return capabilities && capabilities['extension:prf'] === false ? 'no-prf' : 'available';
    },
    async register({ userId, userName, salt, exclude }) {
      const { credentialId, prf } = await credentialOf(
        navigator.credentials.create({
          publicKey: {
            rp: { name: 'Tend' },
            user: { id: buffer(userId), name: userName, displayName: userName },
            challenge: challenge(),
            pubKeyCredParams: [
              { type: 'public-key', alg: -7 },
              { type: 'public-key', alg: -257 },
            ],
            authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
            excludeCredentials: exclude.map((id) => ({ type: 'public-key', id: buffer(fromBase64Url(id)) })),
            extensions: { prf: { eval: { first: buffer(salt) } } } as AuthenticationExtensionsClientInputs,
          },
        }),
      );
      return { credentialId, prfOutput: bytesOf(prf?.results?.first), isPrfEnabled: prf?.enabled ?? null };
    },
    async assert({ credentials }) {
      const evalByCredential = Object.fromEntries(credentials.map((c) => [c.id, { first: buffer(c.salt) }]));
      const { credentialId, prf } = await credentialOf(
        navigator.credentials.get({
          publicKey: {
            challenge: challenge(),
            allowCredentials: credentials.map((c) => ({
              type: 'public-key',
              id: buffer(fromBase64Url(c.id)),
            })),
            userVerification: 'required',
            extensions: { prf: { evalByCredential } } as AuthenticationExtensionsClientInputs,
          },
        }),
      );
      return { credentialId, prfOutput: bytesOf(prf?.results?.first) };
    },
    async forget(credentialId) {
      // Only a hint to the passkey provider; the key it unlocked is already gone from this device.
      await statics()
        ?.signalUnknownCredential?.({ rpId: location.hostname, credentialId })
        .catch(() => undefined);
    },
  };
}
