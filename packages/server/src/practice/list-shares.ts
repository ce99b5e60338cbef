import type { SharesResponse } from '@tend/contract';
import { unauthorized } from '../errors.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { presentShareAsClient, presentShareAsPractitioner } from './present-practice.ts';

/**
 * The caller's shares from both sides, with the counters that tell what is new. No shared material
 * is in it, so it is not an access to log.
 */
export async function listShares(
  deps: Pick<PracticeDeps, 'store'>,
  accountId: string,
): Promise<SharesResponse> {
  const { accounts, shares } = deps.store;
  const isPractitioner = await accounts.isPractitioner(accountId);
  if (isPractitioner === undefined) throw unauthorized();
  const [asClient, asPractitioner] = await Promise.all([
    shares.listAsClient(accountId),
    shares.listAsPractitioner(accountId),
  ]);
  return {
    isPractitioner,
    asClient: asClient.map(presentShareAsClient),
    asPractitioner: asPractitioner.map(presentShareAsPractitioner),
  };
}
