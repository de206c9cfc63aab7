// The readiness chart: a bar per section, drawn in HTML and CSS rather than a scaled SVG, so its labels keep the
// page's text size on a phone (an SVG's text shrinks with the drawing) and wrap like any text. The table next to it
// carries the same figures, and every bar is labelled with its number, so nothing depends on colour.
import { el } from "../dom.js";
import { t, number } from "../strings.js";

function bandClass(percent) {
  if (percent === null) return "band-none";
  return percent < 25 ? "band-0" : percent < 50 ? "band-1" : percent < 75 ? "band-2" : "band-3";
}

/** A bar as wide as its share of the track; set through the style object, which the CSP allows (a style attribute it refuses). */
function bar(percent) {
  const node = el("span", { className: `chart-bar ${bandClass(percent)}` });
  node.style.width = `${percent}%`;
  return node;
}

/**
 * Builds the chart for rows of { title, percent, level }; the last row may be the overall figure. It is one image to
 * assistive technology, named by its title and described by every figure in words.
 */
export function readinessChart(rows, idPrefix) {
  const figure = (percent) => (percent === null ? t("planner.not_rated") : t("planner.percent", { percent: number(percent) }));
  const description = rows.map((r) => `${r.title}: ${figure(r.percent)}`).join("; ");
  return el("div", { className: "planner-chart", role: "img", "aria-labelledby": `${idPrefix}-title`, "aria-describedby": `${idPrefix}-desc` },
    el("span", { id: `${idPrefix}-title`, className: "visually-hidden" }, t("planner.readiness_heading")),
    el("span", { id: `${idPrefix}-desc`, className: "visually-hidden" }, description),
    rows.map((row) => el("div", { className: row.overall ? "chart-row chart-overall" : "chart-row" },
      el("span", { className: "chart-label" }, row.title),
      el("span", { className: "chart-track" }, row.percent !== null && row.percent > 0 ? bar(row.percent) : null),
      el("span", { className: "chart-value" }, figure(row.percent)))));
}
