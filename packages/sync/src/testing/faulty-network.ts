import type { SealedChange, Transport } from '../ports.ts';
import type { ModelServer } from './model-server.ts';

/**
 * What the network does to one request: `fail` never reaches the server; `drop` reaches it but the
 * answer is lost; `duplicate` reaches it twice; `delay` arrives later (after the client gave up);
 * `echo` arrives now and a copy arrives again later, out of order with other requests.
 */
export type Fault = 'ok' | 'fail' | 'drop' | 'duplicate' | 'delay' | 'echo';

export interface FaultyNetwork {
  transport(ownerId: string): Transport;
  /** Delivers some held requests, in an order picked by `order` (indices taken modulo what is left). */
  deliver(order: readonly number[]): void;
  /** Delivers every held request. */
  flush(): void;
  /** From now on every request goes through untouched. */
  calm(): void;
  held(): number;
}

export class NetworkError extends TypeError {
  override readonly name = 'NetworkError';
}

export function createFaultyNetwork(server: ModelServer, faults: readonly Fault[]): FaultyNetwork {
  const pending: { ownerId: string; request: { readonly changes: readonly SealedChange[] } }[] = [];
  let next = 0;
  let isCalm = false;
  const nextFault = (): Fault => {
    if (isCalm || !faults.length) return 'ok';
    const fault = faults[next % faults.length] ?? 'ok';
    next += 1;
    return fault;
  };
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    transport: (ownerId) => ({
      async push(request) {
        const fault = nextFault();
        if (fault === 'fail') throw new NetworkError('request lost');
        if (fault === 'delay') {
          pending.push({ ownerId, request: copy(request) });
          throw new NetworkError('timed out');
        }
        const first = server.push(ownerId, copy(request));
        if (fault === 'drop') throw new NetworkError('answer lost');
        if (fault === 'echo') pending.push({ ownerId, request: copy(request) });
        return fault === 'duplicate' ? server.push(ownerId, copy(request)) : first;
      },
      async pull(after, limit) {
        const fault = nextFault();
        if (fault === 'fail') throw new NetworkError('request lost');
        const page = server.pull(ownerId, after, limit);
        if (fault === 'drop' || fault === 'delay') throw new NetworkError('answer lost');
        return page;
      },
    }),
    deliver(order) {
      for (const pick of order) {
        if (!pending.length) return;
        const [held] = pending.splice(pick % pending.length, 1);
        if (held) server.push(held.ownerId, held.request);
      }
    },
    flush() {
      while (pending.length) {
        const held = pending.shift();
        if (held) server.push(held.ownerId, held.request);
      }
    },
    calm() {
      isCalm = true;
    },
    held: () => pending.length,
  };
}
