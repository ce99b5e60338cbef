import { AppError } from '../errors.ts';

export interface AccountGateOptions {
  /** Requests of one account that may run at once. */
  readonly running: number;
  /** Requests of one account that may wait for a turn; beyond them the answer is 429 at once. */
  readonly waiting: number;
}

interface Lane {
  running: number;
  readonly waiting: (() => void)[];
}

/**
 * Lets a few of one account's large requests (pushes, pulls, shared writes and fetches) run at once
 * and queues a few more, before any body is read. Each request is bounded by the contract and by a
 * page of bytes; this bounds how many of them one account can have in memory together, so no
 * account can crowd the process. It guards this process's memory, so it lives in the process: a
 * second instance guards its own.
 */
export function createAccountGate(options: AccountGateOptions) {
  const lanes = new Map<string, Lane>();

  async function enter(accountId: string): Promise<void> {
    const lane = lanes.get(accountId) ?? { running: 0, waiting: [] };
    lanes.set(accountId, lane);
    if (lane.running < options.running) {
      lane.running += 1;
      return;
    }
    if (lane.waiting.length >= options.waiting) {
      throw new AppError(
        'rate_limited',
        'This account has many requests running. Please try again shortly.',
        1,
      );
    }
    // The turn passes directly from the request that leaves, so `running` never drops in between.
    await new Promise<void>((resolve) => lane.waiting.push(resolve));
  }

  function leave(accountId: string): void {
    const lane = lanes.get(accountId);
    if (!lane) return;
    const next = lane.waiting.shift();
    if (next) return next();
    lane.running -= 1;
    if (lane.running === 0) lanes.delete(accountId);
  }

  return {
    /** Takes one of the account's turns; call what it returns (once) to give it back. */
    async take(accountId: string): Promise<() => void> {
      await enter(accountId);
      let given = false;
      return () => {
        if (given) return;
        given = true;
        leave(accountId);
      };
    },
    /** Runs `work` in one of the account's turns. */
    async run<T>(accountId: string, work: () => Promise<T>): Promise<T> {
      await enter(accountId);
      try {
        return await work();
      } finally {
        leave(accountId);
      }
    },
  };
}

export type AccountGate = ReturnType<typeof createAccountGate>;
