import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createAppContext } from './app-context.ts';
import { registerServiceWorker } from './sw/register-service-worker.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App context={createAppContext()} />
    </StrictMode>,
  );
}
registerServiceWorker();
