import { makeUuidV7, type DomainPorts, type ShareLanguage } from '@tend/core';
// The lazy door itself, not the vault's index: that would bring the whole vault into the first load.
import { createLazyVaultService, type LazyVaultService } from './vault/lazy-vault-service.ts';
import type { VaultService } from './vault/vault-service.ts';

/** Everything the screens reach outside React: the vault and the domain's ports. */
export interface AppContext {
  readonly vault: VaultService;
  readonly ports: DomainPorts;
}

/** The browser's context, whose vault loads its code on first need or when asked to. */
export interface BrowserAppContext extends AppContext {
  readonly vault: LazyVaultService;
}

export function browserPorts(): DomainPorts {
  return {
    clock: { now: () => Date.now() },
    ids: { newId: () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))) },
  };
}

/** The writer's language now; its words load the first time something is shared. */
async function shareLanguage(): Promise<ShareLanguage> {
  const { shareLanguageNow } = await import('./i18n/sentences/share.ts');
  return shareLanguageNow();
}

/** The composition root of the web app: the one place real adapters are chosen. */
export function createAppContext(): BrowserAppContext {
  // A page the service worker answered has been opened here before and most likely holds a vault: its
  // code starts loading at once, beside React's first render, instead of after a look at the database
  // list. A first visit only looks, and on "no vault" loads nothing.
  // What is shared with a practitioner is written in the language Tend speaks now, the writer's.
  const vault = createLazyVaultService(
    { shareLanguage },
    { loadAtOnce: Boolean(navigator.serviceWorker?.controller) },
  );
  // Start reading the status now, so it overlaps React's first render instead of waiting for the
  // session provider's effect, which reuses it.
  vault.status().catch(() => undefined);
  return { vault, ports: browserPorts() };
}
