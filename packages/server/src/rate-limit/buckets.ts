import type { StoredAccount } from '../accounts/account-repository.ts';
import type { ServerKeys } from '../server-keys.ts';
import type { RateLimitCheck, RateLimits } from './rate-limits.ts';

interface BucketDeps {
  readonly keys: ServerKeys;
  readonly limits: RateLimits;
}

const scope = {
  loginUser: 'login-user',
  loginAddress: 'login-addr',
  recoverUser: 'recover-user',
  recoverAddress: 'recover-addr',
  signupAddress: 'signup-addr',
  reauthAccount: 'reauth-account',
} as const;

export function loginChecks(deps: BucketDeps, username: string, address: string): RateLimitCheck[] {
  return [
    { bucketKey: deps.keys.bucketKey(scope.loginUser, username), policy: deps.limits.loginPerUsername },
    { bucketKey: deps.keys.bucketKey(scope.loginAddress, address), policy: deps.limits.loginPerAddress },
  ];
}

export function recoverChecks(deps: BucketDeps, username: string, address: string): RateLimitCheck[] {
  return [
    { bucketKey: deps.keys.bucketKey(scope.recoverUser, username), policy: deps.limits.recoverPerUsername },
    { bucketKey: deps.keys.bucketKey(scope.recoverAddress, address), policy: deps.limits.recoverPerAddress },
  ];
}

export function signupChecks(deps: BucketDeps, address: string): RateLimitCheck[] {
  return [
    { bucketKey: deps.keys.bucketKey(scope.signupAddress, address), policy: deps.limits.signupPerAddress },
  ];
}

export function reauthChecks(deps: BucketDeps, accountId: string): RateLimitCheck[] {
  return [
    { bucketKey: deps.keys.bucketKey(scope.reauthAccount, accountId), policy: deps.limits.reauthPerAccount },
  ];
}

/** The buckets that belong to one account (not the per-address ones), removed with it. */
export function accountBucketKeys(keys: ServerKeys, account: StoredAccount): string[] {
  return [
    keys.bucketKey(scope.loginUser, account.username),
    keys.bucketKey(scope.recoverUser, account.username),
    keys.bucketKey(scope.reauthAccount, account.id),
  ];
}
