import { newVaultObject, practiceProfileKind } from '@tend/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceVault, renderInApp } from '../testing/practice-fixtures.tsx';
import { MainNav } from './MainNav.tsx';

describe('the main navigation', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('gives the practice its own place in the navigation once one is open', async () => {
    const vault = await deviceVault(null);
    expect(renderInApp(vault, <MainNav />)).not.toContain('href="/practice"');
    // The practice's own record in the vault is what the navigation reads (it holds offline too).
    await vault.save(
      newVaultObject(crypto.randomUUID(), practiceProfileKind, { name: 'Dana', practice: '' }, 1),
    );
    const nav = renderInApp(vault, <MainNav />);
    expect(nav).toContain('href="/practice"');
    expect(nav).toMatch(/aria-current="page"[^>]*>.*Practice/);
  });
});
