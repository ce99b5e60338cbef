import { changeToWire, pullFromWire, pushFromWire, type Transport } from '@tend/sync';
import type { HttpClient } from './http-client.ts';

/**
 * The sync engine's Transport over the API's push and pull routes: the HTTP edge, where sealed bytes
 * become the wire's base64url text on the way out and bytes again on the way in (`@tend/sync` wire).
 */
export function createHttpTransport(http: HttpClient): Transport {
  return {
    push: async (request) =>
      pushFromWire(await http.call('push', { body: { changes: request.changes.map(changeToWire) } })),
    pull: async (after, limit) => pullFromWire(await http.call('pull', { query: { after, limit } })),
  };
}
