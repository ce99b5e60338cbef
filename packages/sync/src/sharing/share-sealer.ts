import { openShared, sealShared, type ShareKey } from '@tend/crypto';
import type { ShareSealer } from './ports.ts';

/** Seals and opens a share's records under its key. */
export function createShareSealer(key: ShareKey): ShareSealer {
  return {
    seal: (ad, payload) => sealShared(key, ad, payload),
    open: (ad, sealed) => openShared(key, ad, sealed),
  };
}
