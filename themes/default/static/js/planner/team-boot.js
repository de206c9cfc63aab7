// Pages opened from disk (file://) cannot load modules: there, load the team view as one classic script,
// team.bundle.js, built from the modules by `npm run bundle` (themes/default/bundle.mjs).
(function () {
  if (window.location.protocol !== "file:" || document.documentElement.dataset.teamStarted) return;
  var script = document.createElement("script");
  script.src = new URL("team.bundle.js", document.currentScript.src).href;
  document.head.append(script);
})();
