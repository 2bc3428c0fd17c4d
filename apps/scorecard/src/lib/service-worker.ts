/**
 * Registers the service worker of a production build (`sw.js`, generated at build time), which
 * caches the app so it works offline once loaded. Development servers get none.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Offline use is a bonus: the app works online without it.
    });
  });
}
