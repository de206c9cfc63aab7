// PeerHub service worker, published as sw.js. Network first, so readers online always get the newest pages; the
// precache answers when the network is gone. The build puts {"version": a hash of the whole site, "files": every
// URL of the site} in place of the placeholder below (generator/Site/ServiceWorker.cs), so a new build replaces
// the old cache.
const PRECACHE = PEERHUB_PRECACHE;
const CACHE = "peerhub-" + PRECACHE.version;
const FILES = PRECACHE.files;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("peerhub-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode !== "navigate") return Response.error();
    // A missing page is still missing offline: the cached 404.html, answered with status 404 as the host would.
    const missing = await cache.match("404.html");
    if (!missing) return Response.error();
    return new Response(missing.body, { status: 404, statusText: "Not Found", headers: missing.headers });
  }));
});

self.addEventListener("message", async (event) => {
  // Lets a page ask whether everything is cached, for the offline notice and for tests.
  if (event.data !== "cache-status") return;
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  event.source.postMessage({ type: "cache-status", cached: keys.length, total: FILES.length, version: CACHE });
});
