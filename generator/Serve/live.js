// peerhub serve: reloads the page after a rebuild and shows build errors over it. Injected by the server only;
// never part of a built site. An external same-origin script, as the pages' Content-Security-Policy requires.
(() => {
  "use strict";
  const script = document.currentScript;
  const source = new URL(script.src);
  const base = source.pathname.replace(/__peerhub\/live\.js$/, "");
  const pageBuild = Number(source.searchParams.get("build") || "0");
  const root = document.documentElement;
  const overlayId = "peerhub-build-errors";

  function closeOverlay() {
    document.getElementById(overlayId)?.remove();
  }

  // Styles are set through the CSSOM: the Content-Security-Policy forbids inline style attributes and elements.
  function style(element, properties) {
    Object.assign(element.style, properties);
    return element;
  }

  function element(tag, text, properties = {}) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    return style(node, properties);
  }

  function showErrors(errors) {
    closeOverlay();
    const box = style(document.createElement("section"), {
      position: "fixed", inset: "1rem 1rem auto 1rem", zIndex: "2147483647", maxHeight: "80vh", overflow: "auto",
      background: "#fff8f6", color: "#3b0a00", border: "3px solid #b3261e", borderRadius: "8px", padding: "1rem 1.25rem",
      boxShadow: "0 8px 32px rgba(0,0,0,.35)", font: "16px/1.5 system-ui, sans-serif",
    });
    box.id = overlayId;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", overlayId + "-title");
    box.setAttribute("aria-describedby", overlayId + "-note");
    const title = element("h2", errors.length === 1 ? "The site did not rebuild: 1 error" : `The site did not rebuild: ${errors.length} errors`,
      { margin: "0 0 .5rem", fontSize: "1.25rem" });
    title.id = overlayId + "-title";
    const note = element("p", "You are seeing the last good build. Fix the file and save it; this message goes away by itself.",
      { margin: "0 0 .75rem" });
    note.id = overlayId + "-note";
    const list = element("ul", "", { margin: "0 0 .75rem", paddingLeft: "1.25rem" });
    for (const error of errors) {
      const item = element("li", "", { marginBottom: ".5rem" });
      item.append(element("code", error.text, { whiteSpace: "pre-wrap", wordBreak: "break-word", font: "14px/1.4 ui-monospace, monospace" }));
      list.append(item);
    }
    const close = element("button", "Close", {
      font: "inherit", padding: ".375rem 1rem", border: "2px solid #b3261e", borderRadius: "4px", background: "#fff", color: "#3b0a00", cursor: "pointer",
    });
    close.type = "button";
    close.addEventListener("click", closeOverlay);
    box.addEventListener("keydown", (event) => { if (event.key === "Escape") closeOverlay(); });
    box.append(title, note, list, close);
    document.body.append(box);
    close.focus({ preventScroll: true });
    root.dataset.peerhubErrors = String(errors.length);
  }

  function apply(status) {
    if (!status.ok) showErrors(status.errors);
    else if (status.served > pageBuild) location.reload();
    else { closeOverlay(); delete root.dataset.peerhubErrors; }
  }

  const events = new EventSource(base + "__peerhub/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data).errors));
  // Connected: ask where the build is, in case it changed (or broke) before this page opened its stream.
  events.addEventListener("open", () => {
    fetch(base + "__peerhub/status", { cache: "no-store" })
      .then((response) => response.json())
      .then((status) => { apply(status); root.dataset.peerhubLive = "ready"; })
      .catch(() => { root.dataset.peerhubLive = "offline"; });
  });
})();
