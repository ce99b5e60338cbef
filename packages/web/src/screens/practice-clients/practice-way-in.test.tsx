import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceVault, emptyDevice, renderInApp } from '../../testing/practice-fixtures.tsx';
import { WaysIn } from '../welcome/WelcomeScreen.tsx';
import { PracticeHome } from './PracticeHomeScreen.tsx';

describe('a practitioner’s own way in', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers both ways in on the welcome, and says why a practitioner needs a vault and a recovery code', async () => {
    vi.stubGlobal('window', { location: { pathname: '/', hash: '' } });
    const vault = await emptyDevice();
    const own = renderInApp(vault, <WaysIn way="own" onWay={() => undefined} />);
    expect(own).toContain('I&#x27;m here for my own healing');
    expect(own).toContain('I&#x27;m a practitioner');
    expect(own).not.toContain('recovery code');

    const practitioner = renderInApp(vault, <WaysIn way="practice" onWay={() => undefined} />);
    expect(practitioner).toContain('Your recovery code is the one way back');
    expect(practitioner).toMatch(/checked=""[^>]*\/><label[^>]*>I&#x27;m a practitioner/);
  });

  describe('on the practice home', () => {
    beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practice', hash: '' } }));

    it('opens a practice and its account in one step when the vault has no account yet', async () => {
      const vault = await deviceVault(null);
      const html = renderInApp(vault, <PracticeHome snapshot={vault.practice.snapshot()} />);
      expect(html).toContain('Open a practice');
      expect(html).toContain('A practice needs an account');
      expect(html).toContain('Username');
      expect(html).not.toContain('Settings');
    });
  });
});
