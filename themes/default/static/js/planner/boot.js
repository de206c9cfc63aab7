// Browsers refuse JavaScript modules on pages opened from disk (file://). There, load the same code
// as one classic script, planner.bundle.js, built from the modules by `npm run bundle` (themes/default/bundle.mjs).
(function () {
  if (window.location.protocol !== "file:" || document.documentElement.dataset.plannerStarted) return;
  var script = document.createElement("script");
  script.src = new URL("planner.bundle.js", document.currentScript.src).href;
  document.head.append(script);
})();
