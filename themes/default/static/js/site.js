// Small progressive enhancements; every page works without it.
document.addEventListener("keydown", (event) => {
  // "/" focuses the search box, as on many documentation sites, unless the user is typing somewhere.
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector("[data-search-input]");
  if (box) { event.preventDefault(); box.focus(); }
});
