import 'fake-indexeddb/auto';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { VaultObject } from '@tend/core';
import { afterEach } from 'vitest';
import { App } from '../app/App.tsx';
import type { VaultService } from '../vault/vault-service.ts';
import type { ServerApi } from '../vault/testing/server-api.ts';
import { testService } from '../vault/testing/service-kit.ts';
import { browserPorts } from '../app-context.ts';

/*
 * The whole app on a DOM page (happy-dom, the `dom` test project), in front of a real vault service on
 * its own fake IndexedDB database, and the real server in process where an account is needed: what a
 * person sees and does, through Testing Library.
 */

// Each wait ends on what it waits for; this only bounds a hang (a lazy screen compiled on a loaded
// machine can take many seconds to arrive, and Testing Library's default second would fail it).
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

export interface AppOnScreen {
  readonly user: UserEvent;
  readonly vault: VaultService;
  /** Unmounts the app and opens it again on the same vault (at `path`, waiting for `heading`). */
  reopen(path?: string, heading?: string): Promise<void>;
}

/** Opens the app at `path` on `vault` and waits for the screen's heading, `heading`. */
export async function openApp(path: string, vault: VaultService, heading: string): Promise<AppOnScreen> {
  const user = userEvent.setup();
  const show = async (at: string, name: string) => {
    window.history.replaceState(null, '', at);
    render(<App context={{ vault, ports: browserPorts() }} />);
    await screen.findByRole('heading', { level: 1, name });
  };
  await show(path, heading);
  return {
    user,
    vault,
    async reopen(at = path, name = heading) {
      cleanup();
      await show(at, name);
    },
  };
}

const noNetwork = { browser: () => () => Promise.reject(new TypeError('Failed to fetch')) };

/** The passphrase of the vaults made here. */
export const passphrase = 'a lantern in the hallway';

/**
 * A real vault, made and open, its recovery code kept, on a device of its own holding `objects`;
 * with an account on `server` (the real one in process) when one is given, else with no network.
 */
export async function openVault(
  objects: readonly VaultObject[] = [],
  server: ServerApi | null = null,
): Promise<VaultService> {
  const vault = testService(server ?? noNetwork);
  await vault.status();
  await vault.createVault(passphrase);
  // The person wrote the recovery code down, so it no longer holds the screen.
  await vault.recoveryCodes.kept();
  if (server) await vault.createAccount(`person-${crypto.randomUUID().slice(0, 8)}`, passphrase);
  for (const object of objects) await vault.save(object);
  return vault;
}

/**
 * The vault with its saves held until the test lets them go (the real save then runs), so a test can
 * look at a screen while a save is in flight, with no timer; or with its saves failing.
 */
export function heldSaves(vault: VaultService) {
  const closedGate = () => {
    let open: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => (open = resolve));
    return { promise, open };
  };
  let gate = closedGate();
  let failure: Error | null = null;
  const calls = { save: 0 };
  const held: VaultService = {
    ...vault,
    async save(object) {
      calls.save += 1;
      await gate.promise;
      if (failure) throw failure;
      return vault.save(object);
    },
  };
  return {
    vault: held,
    calls,
    /** Lets every held save go on to the real vault. */
    release() {
      failure = null;
      gate.open();
    },
    /** Ends every held save (and each later one, until `hold`) with this error, writing nothing. */
    fail(error: Error) {
      failure = error;
      gate.open();
    },
    /** Holds the saves that come next again. */
    hold() {
      failure = null;
      gate = closedGate();
    },
  };
}
