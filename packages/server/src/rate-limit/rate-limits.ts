import type { Clock } from '@tend/core/primitives';
import { AppError } from '../errors.ts';
import type { RateLimitRepository } from './rate-limit-repository.ts';

export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * Throttles in front of everything that hashes a secret or checks one. Sign-in steps from a device
 * that signed in to the account before count against that device only; all others ("untrusted")
 * count per username and per address.
 */
export interface RateLimits {
  readonly loginPerUsername: RateLimitPolicy;
  readonly loginPerAddress: RateLimitPolicy;
  readonly loginPerDevice: RateLimitPolicy;
  readonly recoverPerUsername: RateLimitPolicy;
  readonly recoverPerAddress: RateLimitPolicy;
  readonly recoverPerDevice: RateLimitPolicy;
  /** Asking for a username's key-derivation parameters (the first step of signing in). */
  readonly paramsPerAddress: RateLimitPolicy;
  readonly paramsPerDevice: RateLimitPolicy;
  readonly signupPerAddress: RateLimitPolicy;
  /** Passphrase change and account deletion re-check the auth secret. */
  readonly reauthPerAccount: RateLimitPolicy;
}

const fifteenMinutes = 15 * 60 * 1000;

export const defaultRateLimits: RateLimits = {
  loginPerUsername: { limit: 10, windowMs: fifteenMinutes },
  loginPerAddress: { limit: 100, windowMs: fifteenMinutes },
  loginPerDevice: { limit: 10, windowMs: fifteenMinutes },
  recoverPerUsername: { limit: 10, windowMs: fifteenMinutes },
  recoverPerAddress: { limit: 100, windowMs: fifteenMinutes },
  recoverPerDevice: { limit: 10, windowMs: fifteenMinutes },
  paramsPerAddress: { limit: 100, windowMs: fifteenMinutes },
  paramsPerDevice: { limit: 100, windowMs: fifteenMinutes },
  signupPerAddress: { limit: 100, windowMs: fifteenMinutes },
  reauthPerAccount: { limit: 10, windowMs: fifteenMinutes },
};

/** The longest window of any policy: buckets older than this can go. */
export const longestWindowMs = (limits: RateLimits) =>
  Math.max(...Object.values(limits).map((p) => p.windowMs));

export interface RateLimitCheck {
  readonly bucketKey: string;
  readonly policy: RateLimitPolicy;
}

type RateLimitDeps = { rateLimits: RateLimitRepository; clock: Clock };

/**
 * Counts a hit in every bucket and returns how long until the fullest one has room (0 when all do).
 * Every bucket counts even when another is full, so spreading attempts across buckets gains nothing.
 */
export async function countHits(deps: RateLimitDeps, checks: readonly RateLimitCheck[]): Promise<number> {
  const now = deps.clock.now();
  let retryAfterMs = 0;
  for (const { bucketKey, policy } of checks) {
    const state = await deps.rateLimits.hit(bucketKey, policy.windowMs, now);
    if (state.hits > policy.limit) {
      retryAfterMs = Math.max(retryAfterMs, state.windowStart + policy.windowMs - now);
    }
  }
  return retryAfterMs;
}

export const rateLimited = (retryAfterMs: number) =>
  new AppError(
    'rate_limited',
    'Too many attempts. Please wait a little and try again.',
    Math.max(1, Math.ceil(retryAfterMs / 1000)),
  );

/** Counts a hit in every bucket, then refuses with `rate_limited` if any is over its limit. */
export async function enforceRateLimits(
  deps: RateLimitDeps,
  checks: readonly RateLimitCheck[],
): Promise<void> {
  const retryAfterMs = await countHits(deps, checks);
  if (retryAfterMs > 0) throw rateLimited(retryAfterMs);
}
