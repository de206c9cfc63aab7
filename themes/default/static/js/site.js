// Small progressive enhancements; every page works without this script. Search, and its "/" shortcut,
// live in search.js.
(() => {
  // The site's root, from this script's own address (js/site.js): works under any sub-path and from disk.
  const script = document.currentScript;
  const root = script ? new URL("../", script.src) : new URL("./", location.href);

  // Offline support: the service worker precaches the whole site on the first visit.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname }).then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        navigator.serviceWorker.addEventListener("message", (event) => {
          if (event.data && event.data.type === "cache-status") {
            document.documentElement.dataset.offlineCached = String(event.data.cached);
            document.documentElement.dataset.offlineReady = String(event.data.cached >= event.data.total);
          }
        });
        if (registration.active) registration.active.postMessage("cache-status");
      })
      .catch(() => { document.documentElement.dataset.offlineReady = "unavailable"; });
  }
})();
