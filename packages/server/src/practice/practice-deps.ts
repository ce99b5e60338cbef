import type { AppContext } from '../context.ts';
import type { Quotas } from '../config.ts';

/** The ports the practice use cases use that do not re-check a passphrase. */
export type PracticeDeps = Pick<AppContext, 'store' | 'clock'> & { readonly quotas: Quotas };
