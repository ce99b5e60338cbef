import { makeUuidV7, type DomainPorts } from '@tend/core';
import { createVaultService } from './vault/index.ts';
import type { VaultService } from './vault/vault-service.ts';

/** Everything the screens reach outside React: the vault and the domain's ports. */
export interface AppContext {
  readonly vault: VaultService;
  readonly ports: DomainPorts;
}

export function browserPorts(): DomainPorts {
  return {
    clock: { now: () => Date.now() },
    ids: { newId: () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))) },
  };
}

/** The composition root of the web app: the one place real adapters are chosen. */
export function createAppContext(): AppContext {
  const vault = createVaultService();
  // Opening IndexedDB takes ~100 ms on a slow phone; start it now so it overlaps React's first render
  // instead of waiting for the session provider's effect. The provider's own status() reuses the open.
  vault.status().catch(() => undefined);
  return { vault, ports: browserPorts() };
}
