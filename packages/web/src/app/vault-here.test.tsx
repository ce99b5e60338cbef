import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPorts } from '../app-context.ts';
import { memoryStorage as storage } from '../testing/memory-storage.ts';
import { renderMarkup } from '../testing/render-markup.tsx';
import { createLazyVaultService } from '../vault/lazy-vault-service.ts';
import { App } from './App.tsx';
import { looksLikeFirstVisit, markVaultHere } from './vault-here.ts';

describe('a first visit, as far as the device can tell at once', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is one with no mark and no service worker answering the page', () => {
    vi.stubGlobal('localStorage', storage());
    vi.stubGlobal('navigator', { serviceWorker: { controller: null } });
    expect(looksLikeFirstVisit()).toBe(true);
  });

  it('is not once a vault has been here, and again is once it is gone', () => {
    vi.stubGlobal('localStorage', storage());
    markVaultHere(true);
    expect(looksLikeFirstVisit()).toBe(false);
    markVaultHere(false);
    expect(looksLikeFirstVisit()).toBe(true);
  });

  it('is not when the service worker answered the page, nor when storage is refused', () => {
    vi.stubGlobal('localStorage', storage());
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } });
    expect(looksLikeFirstVisit()).toBe(false);
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('refused');
      },
    });
    expect(looksLikeFirstVisit()).toBe(false);
  });
});

describe("the app's first render", () => {
  afterEach(() => vi.unstubAllGlobals());
  const context = () => ({ vault: createLazyVaultService(), ports: browserPorts() });

  it('is the welcome, with its real form, on a first visit: no wait for IndexedDB', () => {
    vi.stubGlobal('window', { location: { pathname: '/', hash: '' } });
    const html = renderMarkup(<App context={context()} isFirstVisit />);
    expect(html).toContain('Welcome to Tend');
    expect(html).toContain('Make a vault');
    expect(html).not.toContain('One moment');
  });

  it('is the frame and "One moment…" otherwise, until the vault answers', () => {
    vi.stubGlobal('window', { location: { pathname: '/', hash: '' } });
    const html = renderMarkup(<App context={context()} />);
    expect(html).toContain('One moment');
    expect(html).not.toContain('Welcome to Tend');
  });
});
