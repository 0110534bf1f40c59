// Lede's service worker: the app is static files, so it keeps a copy of every
// file the page loads and serves it when the network is gone. Network first,
// so a new release is picked up at once when online.
const CACHE = 'lede-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      const copy = await cache.match(request, { ignoreSearch: true });
      if (copy) return copy;
      throw offline;
    }
  })());
});
