import { PullResponse, PushResponse } from '@tend/contract';
import type { Transport } from '@tend/sync';
import type { HttpClient } from './http-client.ts';

/** The sync engine's Transport over the API's push and pull routes. */
export function createHttpTransport(http: HttpClient): Transport {
  return {
    push: (request) => http.call('push', PushResponse, { body: request }),
    pull: (after, limit) => http.call('pull', PullResponse, { query: { after, limit } }),
  };
}
