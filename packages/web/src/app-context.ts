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
  return { vault: createVaultService(), ports: browserPorts() };
}
