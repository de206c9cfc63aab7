// Search relevance over the judged query set: success@3 (an expected page in the top three) and mean reciprocal
// rank, from the same engine the hub's search box runs (themes/default/src/search-engine.js) on a built site.
// Usage: node tests/search-js/relevance.mjs SITE_DIR [--typing] [--verbose | --json]   (build with `peerhub build --output SITE_DIR`)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const theme = path.join(here, "../../themes/default");
const lunr = createRequire(import.meta.url)(path.join(theme, "node_modules/lunr/lunr.js"));
const { createEngine } = await import(path.join(theme, "src/search-engine.js"));

export const judged = JSON.parse(readFileSync(path.join(here, "judged-queries.json"), "utf8")).queries;

/** Runs every judged query on a built site; returns each query's rank of its first expected page and the totals. */
export function evaluate(siteDir, typing = false) {
  const read = (file) => JSON.parse(readFileSync(path.join(siteDir, "search", file), "utf8"));
  let synonyms = [];
  try { synonyms = read("synonyms.json"); } catch { /* a site built before synonyms existed */ }
  const engine = createEngine(lunr, read("index.json"), read("docs.json"), synonyms);
  const rows = judged.map(({ who, q, expect }) => {
    const results = engine.search(q, { typing }).results.map((r) => r.ref);
    const rank = results.findIndex((ref) => expect.includes(ref)) + 1;   // 0: not found
    return { who, q, rank, top: results.slice(0, 3) };
  });
  const successAt3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length / rows.length;
  const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
  return { rows, successAt3, mrr, suggest: (text) => engine.suggest(text) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2];
  if (!siteDir) { console.error("usage: node tests/search-js/relevance.mjs SITE_DIR [--verbose]"); process.exit(2); }
  // --typing: as the search box ranks while the last word may still be half-typed; by default as a submitted search.
  const { rows, successAt3, mrr } = evaluate(siteDir, process.argv.includes("--typing"));
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ successAt3, mrr, misses: rows.filter((r) => !(r.rank >= 1 && r.rank <= 3)) }));
    process.exit(0);
  }
  if (process.argv.includes("--verbose")) {
    for (const r of rows) console.log(`${r.rank >= 1 && r.rank <= 3 ? "ok  " : "MISS"} ${String(r.rank || "-").padStart(2)}  ${r.q}  ->  ${r.top.join(", ")}`);
  }
  console.log(`${rows.length} judged queries: success@3 ${(successAt3 * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}`);
}
