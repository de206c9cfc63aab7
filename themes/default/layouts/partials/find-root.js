// Only on the 404 page, inline (its hash is in the page's Content-Security-Policy). A static host serves 404.html at
// whatever address was missing, at any depth, so the page cannot use relative links; the build writes them from
// base_url's path. When the hub is hosted under another path (base_url says "/" and the hub is served under
// /peerhub/), this finds the hub's real root, the shortest folder of the address whose 404.html is this very page,
// and points the page's styles, scripts and links there. It sets data-site-root on <html> when it is done.
(() => {
  const built = "{{ site.base_path }}";
  const marker = document.currentScript.textContent;
  const html = document.documentElement;
  const path = location.pathname;
  const folders = [];
  for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) folders.push(path.slice(0, i + 1));
  // The configured root first, so a site whose base_url is right asks once; then from the shortest folder.
  const order = folders.includes(built) ? [built, ...folders.filter((f) => f !== built)] : folders;

  const isRoot = async (folder) => {
    try {
      const response = await fetch(folder + "404.html", { credentials: "same-origin" });
      return response.ok && (await response.text()).includes(marker);
    } catch {
      return false;
    }
  };

  const moveTo = (root) => {
    const loading = [];
    for (const element of root === built ? [] : document.querySelectorAll("[href], [src], form[action]")) {
      const name = element.tagName === "FORM" ? "action" : element.hasAttribute("src") ? "src" : "href";
      const value = element.getAttribute(name);
      if (!value.startsWith(built) || value.startsWith("//")) continue;
      const moved = root + value.slice(built.length);
      if (element.tagName === "SCRIPT") {
        // A script that failed to load does not run when its src changes: a new element does.
        const script = document.createElement("script");
        script.src = moved;
        script.async = false;
        element.replaceWith(script);
        continue;
      }
      if (element.tagName === "LINK" && element.rel === "stylesheet" && !element.media) {
        loading.push(new Promise((done) => {
          element.addEventListener("load", done, { once: true });
          element.addEventListener("error", done, { once: true });
        }));
      }
      element.setAttribute(name, moved);
    }
    Promise.all(loading).then(() => { html.dataset.siteRoot = root; });
  };

  (async () => {
    for (const folder of order) {
      if (await isRoot(folder)) return moveTo(folder);
    }
    html.dataset.siteRoot = "unknown";
  })();
})();
