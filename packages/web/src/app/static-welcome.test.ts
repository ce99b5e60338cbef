import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memory-storage.ts';
import { matchRoute, showRoute } from './routing.ts';
import { showsStaticWelcome, staticWelcomePaths } from './static-welcome.ts';

describe('the welcome in index.html', () => {
  afterEach(() => vi.unstubAllGlobals());

  function firstVisit(): void {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('navigator', { serviceWorker: { controller: null } });
  }

  it('shows on a first visit in English, at the addresses where the app shows the welcome', () => {
    firstVisit();
    for (const path of staticWelcomePaths) {
      expect(showRoute(matchRoute(path), 'none'), path).toBeNull();
      expect(showsStaticWelcome(path, ['en-GB']), path).toBe(true);
    }
    expect(showsStaticWelcome('/', [])).toBe(true);
  });

  it('does not show where another screen answers, even with no vault (Support now, the practice)', () => {
    firstVisit();
    expect(showsStaticWelcome('/support', ['en'])).toBe(false);
    expect(showsStaticWelcome('/practice', ['en'])).toBe(false);
  });

  it('does not show in another language, which waits for its words', () => {
    firstVisit();
    expect(showsStaticWelcome('/', ['de-DE', 'en'])).toBe(false);
    localStorage.setItem('tend.language', 'es');
    expect(showsStaticWelcome('/', ['en'])).toBe(false);
    localStorage.setItem('tend.language', 'en');
    expect(showsStaticWelcome('/', ['de-DE'])).toBe(true);
  });

  it('does not show on a device that has held a vault', () => {
    firstVisit();
    localStorage.setItem('tend.vault-here', '1');
    expect(showsStaticWelcome('/', ['en'])).toBe(false);
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } });
    expect(showsStaticWelcome('/', ['en'])).toBe(false);
  });
});
