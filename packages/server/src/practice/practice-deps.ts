import type { AppContext } from '../context.ts';

/** The ports the practice use cases use that do not re-check a passphrase. */
export type PracticeDeps = Pick<AppContext, 'store' | 'clock'>;
