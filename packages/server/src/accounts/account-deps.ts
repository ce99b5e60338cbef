import type { AppContext } from '../context.ts';

/** The ports the account use cases use: nothing about HTTP, config or logging. */
export type AccountDeps = Pick<
  AppContext,
  'store' | 'clock' | 'hasher' | 'keys' | 'limits' | 'dummyAuthHash'
>;

/** What a use case that signs someone in hands back to the route. */
export interface SignedIn<A> {
  readonly account: A;
  /** The new session cookie's value. */
  readonly cookieValue: string;
}
