/** Timers behind a port so the loop can be driven step by step in tests. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Tells the loop when the browser comes back online. */
export type OnlineEvents = (listener: () => void) => () => void;

export type RunOutcome = 'ok' | 'retry' | 'stop';

export interface SyncLoopOptions {
  /** One sync. 'retry' backs off, 'stop' waits for an explicit run (e.g. the session expired). */
  readonly run: () => Promise<RunOutcome>;
  readonly timers: Timers;
  readonly online: OnlineEvents;
  readonly debounceMs?: number;
  readonly intervalMs?: number;
  readonly maxBackoffMs?: number;
}

export interface SyncLoop {
  start(): void;
  stop(): void;
  /** A change was saved: sync soon, once typing settles. */
  nudge(): void;
  /** Syncs now (or right after the sync in progress) and resolves when that sync is done. */
  runNow(): Promise<void>;
}

export const syncTiming = {
  debounceMs: 300,
  intervalMs: 20_000,
  firstBackoffMs: 2_000,
  maxBackoffMs: 300_000,
};

/**
 * When to sync: shortly after saves, when the network returns, every ~20 s, and with a growing
 * pause after failures. One sync at a time; asks made during a sync are served by one more sync.
 */
export function createSyncLoop(options: SyncLoopOptions): SyncLoop {
  const debounceMs = options.debounceMs ?? syncTiming.debounceMs;
  const intervalMs = options.intervalMs ?? syncTiming.intervalMs;
  const maxBackoffMs = options.maxBackoffMs ?? syncTiming.maxBackoffMs;
  let running = false;
  let timer: unknown = null;
  let failures = 0;
  let stopped = false;
  let unsubscribe: (() => void) | null = null;
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const schedule = (ms: number) => {
    if (!running) return;
    if (timer !== null) options.timers.clearTimeout(timer);
    timer = options.timers.setTimeout(() => {
      timer = null;
      void runNow();
    }, ms);
  };

  async function runOnce(): Promise<void> {
    const outcome = await options.run().catch((): RunOutcome => 'retry');
    if (outcome === 'ok') failures = 0;
    if (outcome === 'retry') failures += 1;
    stopped = outcome === 'stop';
    if (stopped) return;
    const backoff = Math.min(maxBackoffMs, syncTiming.firstBackoffMs * 2 ** Math.max(0, failures - 1));
    schedule(failures ? backoff : intervalMs);
  }

  function runNow(): Promise<void> {
    if (queued) return queued;
    if (!current) {
      current = runOnce().finally(() => (current = null));
      return current;
    }
    queued = current.then(() => {
      queued = null;
      return runNow();
    });
    return queued;
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopped = false;
      unsubscribe = options.online(() => {
        failures = 0;
        void runNow();
      });
      schedule(0);
    },
    stop() {
      running = false;
      if (timer !== null) options.timers.clearTimeout(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
    },
    nudge() {
      if (!stopped) schedule(debounceMs);
    },
    runNow,
  };
}
