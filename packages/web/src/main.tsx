import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadAfterDoor } from './app/App.tsx';
import { looksLikeFirstVisit } from './app/vault-here.ts';
import { createAppContext } from './app-context.ts';
import { startLanguage } from './i18n/language-choice.ts';
import { registerServiceWorker } from './sw/register-service-worker.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

// Read before the vault's status is asked: a first visit shows the welcome without waiting for it.
const isFirstVisit = looksLikeFirstVisit();
const context = createAppContext();

/**
 * The first key or tap on the page: the person is about to make, unlock or sign in to a vault (or go
 * elsewhere), so the vault's code and what opens after the door load meanwhile, not after. (Not focus:
 * the first screen moves focus to its heading itself.)
 */
function preloadOnFirstTouch(): void {
  const events = ['pointerdown', 'keydown'] as const;
  const start = () => {
    for (const name of events) document.removeEventListener(name, start, true);
    // Only a head start: whatever did not load is loaded again, and reported, when the screen needs it.
    Promise.all([context.vault.preload(), preloadAfterDoor()]).catch(() => undefined);
  };
  for (const name of events) document.addEventListener(name, start, true);
}

const root = document.getElementById('root');
if (root) {
  preloadOnFirstTouch();
  // English is there at once; another language's words load first (one small chunk), so no screen
  // shows in one language and then another. The frame in index.html stays on screen meanwhile.
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App context={context} onFirstScreen={registerServiceWorker} isFirstVisit={isFirstVisit} />
      </StrictMode>,
    );
  startLanguage().then(render, render);
}
