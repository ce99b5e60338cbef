import type { SignupRequest } from '@tend/contract';
import { classifyDatabaseError } from '../db/database-errors.ts';
import { decodeBytes, sha256Base64Url } from '../encoding.ts';
import { AppError } from '../errors.ts';
import { signupChecks } from '../rate-limit/buckets.ts';
import { enforceRateLimits } from '../rate-limit/rate-limits.ts';
import { startSession } from '../sessions/start-session.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';

const unavailable = () => new AppError('account_unavailable', 'That username or account id cannot be used.');

/** Creates the account the client proposed (its id is the vault id) and signs it in. */
export async function signUp(
  deps: AccountDeps,
  request: SignupRequest,
  address: string,
): Promise<SignedIn<StoredAccount>> {
  await enforceRateLimits(
    { rateLimits: deps.store.rateLimits, clock: deps.clock },
    signupChecks(deps, address),
  );
  // Checked before hashing so a taken name costs no Argon2 work; the insert below settles races.
  if (await deps.store.accounts.isTaken(request.accountId, request.username)) throw unavailable();
  const account: StoredAccount = {
    id: request.accountId,
    username: request.username,
    authHash: await deps.hasher.hash(decodeBytes(request.authSecret)),
    kdf: request.kdf,
    keys: request.keys,
    // The verifier is derived from 256 random bits: a plain SHA-256 cannot be searched.
    recoveryVerifierHash: sha256Base64Url(decodeBytes(request.recoveryVerifier)),
    createdAt: deps.clock.now(),
  };
  try {
    const cookieValue = await deps.store.transact(async ({ accounts, sessions }) => {
      await accounts.insert(account);
      return startSession({ sessions, clock: deps.clock }, account.id);
    });
    return { account, cookieValue };
  } catch (error) {
    if (classifyDatabaseError(error) === 'unique_violation') throw unavailable();
    throw error;
  }
}
