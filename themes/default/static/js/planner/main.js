// Entry point: finds the planner's place on the page and starts it with the data the build generated.
import { start } from "./app.js";
import { t } from "../strings.js";

/** Starts once, whichever copy of the script (module or file:// bundle) gets here first. */
export function boot() {
  const root = document.querySelector("[data-planner]");
  const html = document.documentElement;
  if (!root || html.dataset.plannerStarted) return;
  html.dataset.plannerStarted = "true";
  const data = window.peerhubPlannerData;
  if (!data) {
    root.textContent = t("planner.no_data");
    html.dataset.plannerReady = "error";
    return;
  }
  try {
    start(root, data);
  } catch (e) {
    // A bug must not leave a blank page: say what happened and where the answers are.
    root.textContent = t("planner.crashed");
    html.dataset.plannerReady = "error";
    throw e;
  }
}

boot();
