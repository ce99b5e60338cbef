import type { AppContext } from './context.ts';
import { longestWindowMs } from './rate-limit/rate-limits.ts';

/**
 * Removes expired sessions, finished rate-limit windows and expired invitations. Safe to run on every
 * instance at once.
 */
export async function sweepExpired(
  ctx: Pick<AppContext, 'store' | 'clock' | 'limits' | 'logger'>,
): Promise<void> {
  const now = ctx.clock.now();
  try {
    const sessions = await ctx.store.sessions.removeExpired(now);
    const buckets = await ctx.store.rateLimits.removeStale(now - longestWindowMs(ctx.limits));
    const invitations = await ctx.store.invitations.removeExpired(now);
    ctx.logger.debug({ sessions, buckets, invitations }, 'swept expired rows');
  } catch {
    ctx.logger.warn('sweeping expired rows failed; will try again');
  }
}

/** Sweeps now and then every `everyMs` until stopped; the timer never keeps the process alive. */
export function startHousekeeping(
  ctx: Parameters<typeof sweepExpired>[0],
  everyMs = 60 * 60 * 1000,
): () => void {
  const timer = setInterval(() => void sweepExpired(ctx), everyMs);
  timer.unref();
  void sweepExpired(ctx);
  return () => clearInterval(timer);
}
