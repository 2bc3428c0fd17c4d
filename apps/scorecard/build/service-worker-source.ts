/**
 * The text of the service worker that makes the built app work offline: it precaches every
 * file of the build, answers navigations from the network first (so a new build is picked up
 * when online) and everything else from the cache first (file names carry content hashes).
 *
 * @param assets paths relative to the app's base, e.g. `['./', './index.html', './assets/x.js']`.
 * @param version a fingerprint of the build; a new one replaces the old cache on activation.
 */
export function serviceWorkerSource(assets: readonly string[], version: string): string {
  return `// Generated at build time by apps/scorecard/build/service-worker-plugin.ts.
const CACHE = ${JSON.stringify(`scorecard-${version}`)};
const ASSETS = ${JSON.stringify(assets)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('scorecard-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match('./index.html')),
      ),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});
`;
}
