import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultSessionProvider } from '../../state/vault-session.tsx';
import type { VaultService } from '../../vault/index.ts';
import { deviceVault, journalEntry, renderInApp } from '../../testing/practice-fixtures.tsx';
import { HomeScreen } from './HomeScreen.tsx';

/** The same vault, as it reads while its records are still opening after an unlock. */
function stillOpening(vault: VaultService): VaultService {
  return { ...vault, isOpening: () => true, list: () => [], get: () => undefined };
}

/** Home as the unlocked app shows it. */
const home = (vault: VaultService) =>
  renderInApp(
    vault,
    <VaultSessionProvider fallback={null} assumed="unlocked">
      <HomeScreen />
    </VaultSessionProvider>,
  );

describe('home while the vault is still opening', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('says so where the entries go, and never that nothing is written yet', async () => {
    const vault = await deviceVault(null, [journalEntry('An evening', 'Quiet by the river')]);
    const opening = home(stillOpening(vault));
    expect(opening).toContain('Your vault is still opening…');
    expect(opening).not.toContain('Nothing written yet');
    expect(opening).toContain('Write in your journal');
    const open = home(vault);
    expect(open).not.toContain('Your vault is still opening…');
    expect(open).toContain('An evening');
  });
});
