import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, preloadAfterDoor } from './app/App.tsx';
import { hasBegun, readStaticWelcome, takeOver } from './app/take-over.ts';
import { looksLikeFirstVisit } from './app/vault-here.ts';
import { createAppContext } from './app-context.ts';
import { startLanguage } from './i18n/language-choice.ts';
import { registerServiceWorker } from './sw/register-service-worker.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './app/static-welcome.css';

// Read before the vault's status is asked: a first visit shows the welcome without waiting for it.
const isFirstVisit = looksLikeFirstVisit();
const context = createAppContext();

/**
 * The first key or tap on the page: the person is about to make, unlock or sign in to a vault (or go
 * elsewhere), so the vault's code and what opens after the door load meanwhile, not after. (Not focus:
 * the first screen moves focus to its heading itself.)
 */
function preloadOnFirstTouch(): () => void {
  const events = ['pointerdown', 'keydown'] as const;
  const start = () => {
    for (const name of events) document.removeEventListener(name, start, true);
    // Only a head start: whatever did not load is loaded again, and reported, when the screen needs it.
    Promise.all([context.vault.preload(), preloadAfterDoor()]).catch(() => undefined);
  };
  for (const name of events) document.addEventListener(name, start, true);
  return start;
}

const root = document.getElementById('root');
if (root) {
  const startPreload = preloadOnFirstTouch();
  // English is there at once; another language's words load first (one small chunk), so no screen
  // shows in one language and then another. The frame in index.html stays on screen meanwhile.
  const render = () => {
    const app = (
      <StrictMode>
        <App context={context} onFirstScreen={registerServiceWorker} isFirstVisit={isFirstVisit} />
      </StrictMode>
    );
    // index.html's welcome may be in use already: React's first render then happens at once, and what
    // the person typed, chose and pressed carries over to it before the next frame (app/take-over.ts).
    const shown = readStaticWelcome(document);
    if (!shown) return createRoot(root).render(app);
    const reactRoot = createRoot(root);
    flushSync(() => reactRoot.render(app));
    takeOver(shown, document);
    // Touched before this script listened: the head start begins now.
    if (hasBegun(shown)) startPreload();
  };
  startLanguage().then(render, render);
}
