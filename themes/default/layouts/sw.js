// PeerHub service worker, published as sw.js. Network first, so readers online always get the newest pages; the
// caches answer when the network is gone. The build puts {"version": a hash of the whole site, "files": every URL of
// the site, "core": the URLs saved on the first visit, "bytes" and "coreBytes": their sizes} in place of the
// placeholder below (generator/Site/ServiceWorker.cs), so a new build replaces the old caches.
//
// A first visit saves only the core (home, tiers, models, search page, planner, safety pages, styles and scripts, in
// every language of the site: es/, es/planner/... too),
// so a phone on a data plan is not charged for the whole hub unasked. The rest is saved only when the reader asks
// ("Make the whole hub available offline", in every page's footer, driven by js/site.js through the messages below),
// and deleted when they turn it off. The choice outlives a new version of the site: it is the full cache existing.
const PRECACHE = PEERHUB_PRECACHE;
const CORE = "peerhub-core-" + PRECACHE.version;
const FULL = "peerhub-full-" + PRECACHE.version;
const FILES = PRECACHE.files;
const CORE_FILES = PRECACHE.core;
// Saving the whole hub, while it runs (one at a time).
let saving = null;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CORE).then((cache) => cache.addAll(CORE_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    // A reader who made the whole hub available offline keeps it so when the site changes.
    const optedIn = keys.some((k) => k.startsWith("peerhub-full-"));
    await Promise.all(keys.filter((k) => k.startsWith("peerhub-") && k !== CORE && k !== FULL).map((k) => caches.delete(k)));
    await self.clients.claim();
    if (optedIn) await saveAll();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(async () => {
    const hit = (await match(CORE, request)) || (await match(FULL, request));
    if (hit) return hit;
    if (request.mode !== "navigate") return Response.error();
    // A missing page is still missing offline: the saved 404 page, answered with status 404 as the host would.
    const missing = await notFoundPage(request.url);
    if (!missing) return Response.error();
    return new Response(missing.body, { status: 404, statusText: "Not Found", headers: missing.headers });
  }));
});

// The 404 page for an address. This one script serves every language and cannot know the page's, but a page in a
// further language lives under that language's folder (es/...), and each language has its own 404 page there
// (es/404.html, saved on the first visit with the core): so an address under a folder whose 404 page is saved gets
// that page, in its language; any other address gets the site's 404.html.
async function notFoundPage(url) {
  const scope = new URL(self.registration.scope).pathname;
  const path = new URL(url).pathname;
  const rest = path.startsWith(scope) ? path.slice(scope.length) : "";
  const folder = rest.includes("/") ? rest.slice(0, rest.indexOf("/") + 1) : "";
  const own = folder ? (await match(CORE, folder + "404.html")) || (await match(FULL, folder + "404.html")) : undefined;
  return own || match(CORE, "404.html");
}

async function match(name, request) {
  if (!(await caches.has(name))) return undefined;
  return (await caches.open(name)).match(request, { ignoreSearch: true });
}

/** Saves every file of the site not yet saved, a few at a time, telling open pages how far it has got. */
function saveAll() {
  saving ??= (async () => {
    const cache = await caches.open(FULL);
    const saved = new Set((await cache.keys()).map((r) => r.url));
    const core = await caches.open(CORE);
    const coreSaved = new Set((await core.keys()).map((r) => r.url));
    const missing = FILES.filter((f) => { const url = new URL(f, self.registration.scope).href; return !saved.has(url) && !coreSaved.has(url); });
    for (let i = 0; i < missing.length; i += 8) {
      await cache.addAll(missing.slice(i, i + 8));
      await broadcast();
    }
  })().finally(() => { saving = null; });
  return saving;
}

/** How much is saved: core and whole-hub counts, and the sizes to show the reader. */
async function status() {
  const core = (await caches.has(CORE)) ? (await (await caches.open(CORE)).keys()).length : 0;
  const optedIn = await caches.has(FULL);
  const full = optedIn ? (await (await caches.open(FULL)).keys()).length : 0;
  return {
    type: "cache-status", version: PRECACHE.version, core, coreTotal: CORE_FILES.length, cached: core + full, total: FILES.length,
    optedIn, saving: saving !== null, bytes: PRECACHE.bytes, coreBytes: PRECACHE.coreBytes,
  };
}

async function broadcast() {
  const message = await status();
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

self.addEventListener("message", (event) => {
  // "cache-status": how much is saved, for the "Offline use" section and for tests; "offline-all": save the whole
  // hub; "offline-off": delete what that saved (the core stays).
  const work = (async () => {
    if (event.data === "offline-all") {
      const done = saveAll();
      await broadcast();
      await done.catch(() => {});
    } else if (event.data === "offline-off") {
      await caches.delete(FULL);
    } else if (event.data !== "cache-status") {
      return;
    }
    await broadcast();
  })();
  event.waitUntil(work);
});
