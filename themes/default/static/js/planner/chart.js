// The readiness chart: an SVG bar per section. The table next to it carries the same figures in text,
// and every bar is labelled with its number and band, so nothing depends on colour.

const NS = "http://www.w3.org/2000/svg";
const LABEL = 300;
const BAR = 260;
const ROW = 32;

function svg(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function bandClass(percent) {
  if (percent === null) return "band-none";
  return percent < 25 ? "band-0" : percent < 50 ? "band-1" : percent < 75 ? "band-2" : "band-3";
}

/** Builds the chart for rows of { title, percent, level }; the last row may be the overall figure. */
export function readinessChart(rows, idPrefix) {
  const height = rows.length * ROW + 8;
  const width = LABEL + BAR + 90;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "planner-chart", role: "img", "aria-labelledby": `${idPrefix}-title ${idPrefix}-desc` });
  root.append(svg("title", { id: `${idPrefix}-title` }, "Readiness by section"));
  root.append(svg("desc", { id: `${idPrefix}-desc` },
    rows.map((r) => `${r.title}: ${r.percent === null ? "not rated" : r.percent + "%"}`).join("; ")));
  rows.forEach((row, i) => {
    const y = 4 + i * ROW;
    const g = svg("g", { class: row.overall ? "chart-row chart-overall" : "chart-row" });
    g.append(svg("text", { x: LABEL - 10, y: y + 19, "text-anchor": "end", class: "chart-label" }, row.title));
    g.append(svg("rect", { x: LABEL, y: y + 4, width: BAR, height: ROW - 10, class: "chart-track", rx: 3 }));
    if (row.percent !== null && row.percent > 0) {
      g.append(svg("rect", { x: LABEL, y: y + 4, width: Math.round((BAR * row.percent) / 100), height: ROW - 10, class: `chart-bar ${bandClass(row.percent)}`, rx: 3 }));
    }
    g.append(svg("text", { x: LABEL + BAR + 8, y: y + 19, class: "chart-value" }, row.percent === null ? "not rated" : `${row.percent}%`));
    root.append(g);
  });
  return root;
}
