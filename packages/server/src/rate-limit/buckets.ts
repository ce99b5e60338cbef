import type { StoredAccount } from '../accounts/account-repository.ts';
import type { TrustedDevice } from '../accounts/device-cookie.ts';
import type { ServerKeys } from '../server-keys.ts';
import type { RateLimitCheck, RateLimitPolicy, RateLimits } from './rate-limits.ts';

interface BucketDeps {
  readonly keys: ServerKeys;
  readonly limits: RateLimits;
}

/** The steps of signing in that guessing could use, each throttled on its own. */
export type SignInStep = 'login' | 'recover' | 'params';

interface Bucket {
  readonly scope: string;
  readonly policy: RateLimitPolicy;
}

interface StepRules {
  /** Untrusted attempts per username; none for the parameters, which reveal nothing to guess with. */
  readonly user: Bucket | null;
  readonly address: Bucket;
  readonly device: Bucket;
}

function rules(limits: RateLimits, step: SignInStep): StepRules {
  switch (step) {
    case 'login':
      return {
        user: { scope: 'login-user', policy: limits.loginPerUsername },
        address: { scope: 'login-addr', policy: limits.loginPerAddress },
        device: { scope: 'login-device', policy: limits.loginPerDevice },
      };
    case 'recover':
      return {
        user: { scope: 'recover-user', policy: limits.recoverPerUsername },
        address: { scope: 'recover-addr', policy: limits.recoverPerAddress },
        device: { scope: 'recover-device', policy: limits.recoverPerDevice },
      };
    case 'params':
      return {
        user: null,
        address: { scope: 'params-addr', policy: limits.paramsPerAddress },
        device: { scope: 'params-device', policy: limits.paramsPerDevice },
      };
  }
}

const check = (keys: ServerKeys, bucket: Bucket, subject: string): RateLimitCheck => ({
  bucketKey: keys.bucketKey(bucket.scope, subject),
  policy: bucket.policy,
});

/** Attempts from anywhere without a device cookie for the account: per username and per address. */
export function untrustedChecks(
  deps: BucketDeps,
  step: SignInStep,
  username: string,
  address: string,
): RateLimitCheck[] {
  const { user, address: perAddress } = rules(deps.limits, step);
  const byAddress = check(deps.keys, perAddress, address);
  return user ? [check(deps.keys, user, username), byAddress] : [byAddress];
}

/** Attempts from a device that signed in to the account before: that device's own allowance. */
export function deviceChecks(deps: BucketDeps, step: SignInStep, device: TrustedDevice): RateLimitCheck[] {
  return [check(deps.keys, rules(deps.limits, step).device, `${device.accountId}.${device.nonce}`)];
}

export function signupChecks(deps: BucketDeps, address: string): RateLimitCheck[] {
  return [
    {
      bucketKey: deps.keys.bucketKey('signup-addr', address),
      policy: deps.limits.signupPerAddress,
    },
  ];
}

export function reauthChecks(deps: BucketDeps, accountId: string): RateLimitCheck[] {
  return [
    { bucketKey: deps.keys.bucketKey('reauth-account', accountId), policy: deps.limits.reauthPerAccount },
  ];
}

/**
 * The buckets that belong to one account by name or id (not the per-address ones, nor its devices',
 * whose keys the server cannot list: they age out), removed with it.
 */
export function accountBucketKeys(keys: ServerKeys, account: StoredAccount): string[] {
  return [
    keys.bucketKey('login-user', account.username),
    keys.bucketKey('recover-user', account.username),
    keys.bucketKey('reauth-account', account.id),
  ];
}
