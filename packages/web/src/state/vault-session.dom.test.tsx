import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { browserPorts } from '../app-context.ts';
import { openVault } from '../testing/app-on-screen.tsx';
import type { VaultService, VaultStatus } from '../vault/index.ts';
import { AppProvider } from './app-provider.tsx';
import { VaultSessionProvider } from './vault-session.tsx';

/** The session provider starting on this vault; says which statuses it prepared screens for, in order. */
async function startOn(vault: VaultService): Promise<VaultStatus[]> {
  const prepared: VaultStatus[] = [];
  const view = render(
    <AppProvider value={{ vault, ports: browserPorts() }}>
      <VaultSessionProvider
        fallback={null}
        prepare={async (status) => {
          prepared.push(status);
        }}
      >
        <p>session shown</p>
      </VaultSessionProvider>
    </AppProvider>,
  );
  await view.findByText('session shown');
  await waitFor(() => expect(prepared.at(-1)).toBeDefined());
  view.unmount();
  return prepared;
}

describe('starting on a locked vault', () => {
  it('loads the open vault’s screens while a remembered key is looked for, where the person chose it', async () => {
    const vault = await openVault();
    await vault.updateSettings({ isRememberedOnDevice: true });
    vault.lock();
    // Locking dropped the remembered key, so the locked screen follows; the open vault's were asked first.
    expect(await startOn(vault)).toEqual(['unlocked', 'locked']);
  });

  it('loads only the locked screens where the person did not choose to be remembered', async () => {
    const vault = await openVault();
    vault.lock();
    expect(await startOn(vault)).toEqual(['locked']);
  });
});
