import { testKdfCost } from '@tend/crypto';
import { createVaultService } from '../create-vault-service.ts';
import type { VaultServiceOptions } from '../runtime.ts';
import type { Timers } from '../sync-loop.ts';
import type { VaultService } from '../vault-service.ts';
import type { FetchLike } from '../http-client.ts';

export interface ManualTimers extends Timers {
  /** Runs the earliest timer, if any; returns its delay. */
  fire(): number | null;
  delays(): number[];
}

/** Timers that only fire when a test says so. */
export function manualTimers(): ManualTimers {
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    setTimeout(run, ms) {
      next += 1;
      timers.set(next, { run, ms });
      return next;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
    },
    fire() {
      const first = [...timers.entries()].sort(([, a], [, b]) => a.ms - b.ms)[0];
      if (!first) return null;
      timers.delete(first[0]);
      first[1].run();
      return first[1].ms;
    },
    delays: () => [...timers.values()].map((t) => t.ms),
  };
}

/** A VaultService on its own fake IndexedDB database, talking to the server as one browser. */
export function testService(
  api: { browser(): FetchLike },
  dbName = `tend-test-${crypto.randomUUID()}`,
  options: Partial<VaultServiceOptions> = {},
): VaultService {
  return createVaultService({
    fetch: api.browser(),
    dbName,
    timers: manualTimers(),
    online: () => () => undefined,
    kdfCost: testKdfCost,
    ...options,
  });
}

/** A clock a test moves by hand. */
export function manualClock(start = 1_800_000_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
    set: (at: number) => void (now = at),
  };
}
