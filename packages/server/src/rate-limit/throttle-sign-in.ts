import type { TrustedDevice } from '../accounts/device-cookie.ts';
import type { AppContext } from '../context.ts';
import { deviceChecks, untrustedChecks, type SignInStep } from './buckets.ts';
import { countHits, enforceRateLimits } from './rate-limits.ts';

/**
 * Throttles one sign-in step before any hashing. A device that signed in to the account before
 * spends its own allowance; once that is spent (someone holding the device keeps guessing) it counts
 * like any other. Every other attempt counts per username and per address, so strangers' failures
 * can only ever use up the allowance of devices the account has never seen.
 */
export async function throttleSignIn(
  deps: Pick<AppContext, 'store' | 'clock' | 'keys' | 'limits'>,
  step: SignInStep,
  attempt: { readonly username: string; readonly address: string; readonly device: TrustedDevice | null },
): Promise<void> {
  const counters = { rateLimits: deps.store.rateLimits, clock: deps.clock };
  if (attempt.device && (await countHits(counters, deviceChecks(deps, step, attempt.device))) === 0) return;
  await enforceRateLimits(counters, untrustedChecks(deps, step, attempt.username, attempt.address));
}
