/**
 * Registers the course's service worker (dist/sw.js, built with the site) once the page has loaded, so that the
 * precache download never competes with the page's own first load. Not in development, where there is no worker.
 */
export function registerOfflineWorker(base: string): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const start = () => {
    navigator.serviceWorker.register(`${base.replace(/\/?$/, '/')}sw.js`, { scope: base }).catch(() => {
      // A browser that refuses workers (private mode, policy) just stays online-only; nothing on the page changes.
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
