// Entry point of the team view (/planner/team/): starts it with the planner data the build generated.
import { start } from "./team-app.js";
import { t } from "../strings.js";

/** Starts once, whichever copy of the script (module or file:// bundle) gets here first. */
export function boot() {
  const root = document.querySelector("[data-planner-team]");
  const html = document.documentElement;
  if (!root || html.dataset.teamStarted) return;
  html.dataset.teamStarted = "true";
  const data = window.peerhubPlannerData;
  if (!data) {
    root.textContent = t("planner.team.no_data");
    html.dataset.teamReady = "error";
    return;
  }
  start(root, data);
}

boot();
