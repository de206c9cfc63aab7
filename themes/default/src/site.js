// Small progressive enhancements; every page works without this script. Search, and its "/" shortcut,
// live in search.js. Built by esbuild (`npm run bundle`) into static/js/site.js, one classic script.
import { t, number } from "../static/js/strings.js";

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


  // Offline use. The service worker saves the main pages on the first visit; the whole hub (several megabytes, a
  // cost on a phone's data plan) only when the reader asks, in the footer's "Offline use" section, which also turns
  // it off again (deleting what it saved). The worker reports what is saved; html[data-offline-ready] says the main
  // pages are, html[data-offline-full] the whole hub, for the page and for tests.
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    const section = document.querySelector("[data-offline]");
    const text = section && section.querySelector("[data-offline-status]");
    const toggle = section && section.querySelector("[data-offline-toggle]");
    const size = (bytes) => (bytes >= 1e6
      ? t("offline.mb", { size: number(bytes / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
      : t("offline.kb", { size: number(Math.max(1, Math.round(bytes / 1e3))) }));
    const show = (s) => {
      const html = document.documentElement;
      html.dataset.offlineCached = String(s.cached);
      html.dataset.offlineReady = String(s.core >= s.coreTotal);
      html.dataset.offlineFull = String(s.optedIn && s.cached >= s.total);
      if (!section) return;
      section.hidden = false;
      const rest = size(s.bytes - s.coreBytes);
      let message;
      if (s.optedIn && s.cached >= s.total) message = t("offline.full", { size: size(s.bytes) });
      else if (s.optedIn && s.saving) message = t("offline.saving", { size: size(s.bytes) });
      else if (s.optedIn) message = t("offline.stopped", { cached: number(s.cached), total: number(s.total) });
      else if (s.core >= s.coreTotal) message = t("offline.core_ready", { size: size(s.coreBytes) });
      else message = t("offline.core_saving");
      // The status is announced, so it changes only when the state does, not with every file saved.
      if (text.textContent !== message) text.textContent = message;
      toggle.textContent = s.optedIn && !s.saving && s.cached >= s.total ? t("offline.turn_off", { size: size(s.bytes - s.coreBytes) })
        : s.optedIn && s.saving ? t("offline.stop")
          : s.optedIn ? t("offline.retry", { size: rest }) : t("offline.save_all", { size: rest });
      toggle.dataset.action = s.optedIn && (s.saving || s.cached >= s.total) ? "off" : "all";
    };

    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data && event.data.type === "cache-status") show(event.data);
    });
    navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname }).then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const ask = (message) => (navigator.serviceWorker.controller || registration.active).postMessage(message);
        if (toggle) toggle.addEventListener("click", () => ask(toggle.dataset.action === "off" ? "offline-off" : "offline-all"));
        ask("cache-status");
      })
      .catch(() => { document.documentElement.dataset.offlineReady = "unavailable"; });
  }
})();
