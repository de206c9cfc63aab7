// Small progressive enhancements; every page works without this script. Search, and its "/" shortcut,
// live in search.js.
(() => {
  // The site's root, from this script's own address (js/site.js): works under any sub-path and from disk.
  const script = document.currentScript;
  const root = script ? new URL("../", script.src) : new URL("./", location.href);

  // Opened from disk (file://), a folder's address shows the browser's listing of the folder instead of its page, so
  // every link and form that names a folder ("tiers/", "../", "models/x/#roles", "search/?q=") is pointed at the
  // folder's index.html. Served over http the addresses stay as they are. Links made later (search results, the
  // planner, the pack builder) are pointed there when they are clicked.
  if (location.protocol === "file:") {
    const toIndex = (value) => {
      if (value === null || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return value;
      const cut = value.search(/[?#]/);
      const address = cut < 0 ? value : value.slice(0, cut);
      return address.endsWith("/") ? address + "index.html" + (cut < 0 ? "" : value.slice(cut)) : value;
    };
    const fix = (element) => {
      const name = element.tagName === "FORM" ? "action" : "href";
      const value = element.getAttribute(name);
      const moved = toIndex(value);
      if (moved !== value) element.setAttribute(name, moved);
    };
    document.querySelectorAll("a[href], area[href], form[action]").forEach(fix);
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href], area[href]") : null;
      if (link) fix(link);
    }, true);
    document.addEventListener("submit", (event) => { if (event.target instanceof HTMLFormElement) fix(event.target); }, true);
    document.documentElement.dataset.fileLinks = "index";
  }

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
