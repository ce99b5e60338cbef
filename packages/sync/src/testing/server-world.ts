import { onTestFinished } from 'vitest';
import {
  apiRoutes,
  csrfHeader,
  csrfHeaderValue,
  type DecodedResponseOf,
  type SignupRequest,
} from '@tend/contract';
import { toBase64Url } from '@tend/core';
import { startInProcess, type InProcessFetch } from '@tend/server';
import type { SealedRecord, Transport } from '../ports.ts';
import { changeToWire, pullFromWire, pushFromWire } from '../wire.ts';

const randomText = (bytes: number) => toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/** An account whose keys are random bytes: the server never reads them, it only keeps them. */
function signupFor(accountId: string): SignupRequest {
  return {
    accountId,
    username: `device-${randomText(6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}`,
    authSecret: randomText(32),
    recoveryVerifier: randomText(32),
    kdf: { algorithm: 'argon2id', salt: randomText(16), memoryKiB: 65_536, iterations: 3, parallelism: 1 },
    keys: {
      wrappedVaultKey: randomText(60),
      recoveryWrappedVaultKey: randomText(60),
      sealedSharingPrivateKey: randomText(80),
      sharingPublicKey: randomText(32),
    },
  };
}

type Route = 'signup' | 'push' | 'pull' | 'deleteAccount';

/** One call of a route, its answer checked with the route's schema from the contract. */
async function call<R extends Route>(
  fetch: InProcessFetch,
  route: R,
  body?: unknown,
  query = '',
): Promise<DecodedResponseOf<R>> {
  const { method, path, response } = apiRoutes[route];
  const headers = { 'content-type': 'application/json', [csrfHeader]: csrfHeaderValue };
  const init: RequestInit = method === 'GET' ? {} : { method, headers, body: JSON.stringify(body) };
  const answer = await fetch(`${path}${query}`, init);
  if (!answer.ok) throw new Error(`${route} answered ${answer.status}: ${await answer.text()}`);
  const text = await answer.text();
  return (response === null ? undefined : response.parse(JSON.parse(text))) as DecodedResponseOf<R>;
}

interface Owner {
  readonly fetch: InProcessFetch;
  readonly authSecret: string;
}

/**
 * The real server in process for the sync engine's tests: a `Transport` per owner over its push and
 * pull routes (the owner is signed up as an account of that id on first use), and its stored records
 * to read or to overwrite as a hostile server would.
 */
export async function startServerWorld() {
  const server = await startInProcess();
  const owners = new Map<string, Promise<Owner>>();
  const ownerOf = (ownerId: string): Promise<Owner> => {
    const known = owners.get(ownerId);
    if (known) return known;
    const fetch = server.browser();
    const request = signupFor(ownerId);
    const signedIn = call(fetch, 'signup', request).then(() => ({ fetch, authSecret: request.authSecret }));
    owners.set(ownerId, signedIn);
    return signedIn;
  };

  return {
    transport: (ownerId: string): Transport => ({
      // Over the wire as a device sends it: sealed bytes as base64url text, and back.
      push: async (request) =>
        pushFromWire(
          await call((await ownerOf(ownerId)).fetch, 'push', { changes: request.changes.map(changeToWire) }),
        ),
      pull: async (after, limit) =>
        pullFromWire(
          await call((await ownerOf(ownerId)).fetch, 'pull', undefined, `?after=${after}&limit=${limit}`),
        ),
    }),
    /** The owner's records as the server stores them (sealed bytes), in sequence order. */
    records: (ownerId: string): Promise<SealedRecord[]> => server.records(ownerId),
    /** Overwrites a record as a hostile or broken server would. */
    tamper: (ownerId: string, record: SealedRecord) => server.tamper(ownerId, record),
    /** Deletes the owner's account and everything it held, through the account deletion route. */
    async dropOwner(ownerId: string) {
      const { fetch, authSecret } = await ownerOf(ownerId);
      await call(fetch, 'deleteAccount', { authSecret });
      owners.delete(ownerId);
    },
    close: () => server.close(),
  };
}

export type ServerWorld = Awaited<ReturnType<typeof startServerWorld>>;

/** A server of its own for the running test, closed when the test ends. */
export async function serverForTest(): Promise<ServerWorld> {
  const world = await startServerWorld();
  onTestFinished(() => world.close());
  return world;
}
