/**
 * Registers the build's service worker (a production build only: dev has no sw.js) once the page has
 * loaded and the browser has a moment: its install fetches every file of the app, which would
 * otherwise compete with the first screen. Call it once that screen is on the page.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('Tend could not set up offline use', error instanceof Error ? error.name : 'unknown');
    });
  };
  // Safari has no requestIdleCallback.
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
