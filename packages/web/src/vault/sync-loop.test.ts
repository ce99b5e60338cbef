import { describe, expect, it } from 'vitest';
import { createSyncLoop, syncTiming, type RunOutcome } from './sync-loop.ts';
import { manualTimers } from './testing/service-kit.ts';

function setup(outcomes: RunOutcome[] = []) {
  const timers = manualTimers();
  let runs = 0;
  let goOnline: (() => void) | null = null;
  const loop = createSyncLoop({
    run: async () => {
      runs += 1;
      return outcomes.shift() ?? 'ok';
    },
    timers,
    online: (listener) => {
      goOnline = listener;
      return () => (goOnline = null);
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { loop, timers, runs: () => runs, settle, online: () => goOnline?.() };
}

describe('the sync loop', () => {
  it('syncs at start, then every interval', async () => {
    const { loop, timers, runs, settle } = setup();
    loop.start();
    expect(timers.fire()).toBe(0);
    await settle();
    expect(runs()).toBe(1);
    expect(timers.delays()).toEqual([syncTiming.intervalMs]);
  });

  it('waits for typing to settle after a save, replacing the pending timer', async () => {
    const { loop, timers, runs, settle } = setup();
    loop.start();
    loop.nudge();
    loop.nudge();
    expect(timers.delays()).toEqual([syncTiming.debounceMs]);
    timers.fire();
    await settle();
    expect(runs()).toBe(1);
  });

  it('backs off after failures and resets after a success', async () => {
    const { loop, timers, settle } = setup(['retry', 'retry', 'retry', 'ok']);
    loop.start();
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      timers.fire();
      await settle();
      delays.push(...timers.delays());
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, syncTiming.intervalMs]);
  });

  it('stops retrying when told to (an expired session) until asked again', async () => {
    const { loop, timers, runs, settle } = setup(['stop']);
    loop.start();
    timers.fire();
    await settle();
    expect(timers.delays()).toEqual([]);
    loop.nudge();
    expect(timers.delays()).toEqual([]);
    await loop.runNow();
    expect(runs()).toBe(2);
  });

  it('syncs when the network comes back', async () => {
    const { loop, runs, settle, online } = setup();
    loop.start();
    online();
    await settle();
    expect(runs()).toBe(1);
    loop.stop();
    online();
    expect(runs()).toBe(1);
  });

  it('runs one sync at a time; asks made meanwhile share one more sync', async () => {
    const { loop, runs } = setup();
    const first = loop.runNow();
    const second = loop.runNow();
    const third = loop.runNow();
    expect(second).toBe(third);
    await Promise.all([first, second, third]);
    expect(runs()).toBe(2);
  });
});
