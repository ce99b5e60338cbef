import type { Clock } from '@tend/core';
import { AppError } from '../errors.ts';
import type { RateLimitRepository } from './rate-limit-repository.ts';

export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
}

/** Throttles in front of everything that hashes a secret or checks one. */
export interface RateLimits {
  readonly loginPerUsername: RateLimitPolicy;
  readonly loginPerAddress: RateLimitPolicy;
  readonly recoverPerUsername: RateLimitPolicy;
  readonly recoverPerAddress: RateLimitPolicy;
  readonly signupPerAddress: RateLimitPolicy;
  /** Passphrase change and account deletion re-check the auth secret. */
  readonly reauthPerAccount: RateLimitPolicy;
}

const fifteenMinutes = 15 * 60 * 1000;

export const defaultRateLimits: RateLimits = {
  loginPerUsername: { limit: 10, windowMs: fifteenMinutes },
  loginPerAddress: { limit: 100, windowMs: fifteenMinutes },
  recoverPerUsername: { limit: 10, windowMs: fifteenMinutes },
  recoverPerAddress: { limit: 100, windowMs: fifteenMinutes },
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

/**
 * Counts a hit in every bucket, then refuses with `rate_limited` if any is over its limit. Every
 * bucket counts even when another refuses, so spreading attempts across buckets gains nothing.
 */
export async function enforceRateLimits(
  deps: { rateLimits: RateLimitRepository; clock: Clock },
  checks: readonly RateLimitCheck[],
): Promise<void> {
  const now = deps.clock.now();
  let retryAfterMs = 0;
  for (const { bucketKey, policy } of checks) {
    const state = await deps.rateLimits.hit(bucketKey, policy.windowMs, now);
    if (state.hits > policy.limit) {
      retryAfterMs = Math.max(retryAfterMs, state.windowStart + policy.windowMs - now);
    }
  }
  if (retryAfterMs > 0) {
    throw new AppError(
      'rate_limited',
      'Too many attempts. Please wait a little and try again.',
      Math.ceil(retryAfterMs / 1000),
    );
  }
}
