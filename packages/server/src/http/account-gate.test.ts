import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { createAccountGate } from './account-gate.ts';

/** A task that runs until released, recording when it starts. */
function heldTask(started: string[], name: string) {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { run: async () => (started.push(name), done), release: () => release() };
}

describe('the account gate', () => {
  it('runs a few of one account at once, queues a few more in order, and refuses the rest with 429', async () => {
    const gate = createAccountGate({ running: 2, waiting: 1 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => heldTask(started, name));
    const runs = tasks.map((task) => gate.run('one', task.run));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    const refused = gate.run('one', async () => 'never');
    await expect(refused).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === 'rate_limited',
    );
    expect(await gate.run('two', async () => 'another account runs')).toBe('another account runs');
    tasks[0]?.release();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[1]?.release();
    tasks[2]?.release();
    await Promise.all(runs);
    expect(await gate.run('one', async () => 'free again')).toBe('free again');
  });

  it('hands the turn on when a task fails', async () => {
    const gate = createAccountGate({ running: 1, waiting: 1 });
    const failing = gate.run('one', async () => {
      throw new Error('boom');
    });
    const next = gate.run('one', async () => 'ran');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });
});
