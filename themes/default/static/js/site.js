// Small progressive enhancements; every page works without this script.
(() => {
  // The site's root, from this script's own address (js/site.js): works under any sub-path and from disk.
  const script = document.currentScript;
  const root = script ? new URL("../", script.src) : new URL("./", location.href);

  document.addEventListener("keydown", (event) => {
    // "/" focuses the search box, as on many documentation sites, unless the user is typing somewhere.
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector("[data-search-input]");
    if (box) { event.preventDefault(); box.focus(); }
  });

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
