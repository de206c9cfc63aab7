import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadStrings, useLanguage } from "./strings.mjs";
import { levelOf } from "../../themes/default/static/js/planner/scoring.js";
import { readImport, decodeShare, PlannerStateError } from "../../themes/default/static/js/planner/state.js";
import { t, plural, parts } from "../../themes/default/static/js/strings.js";
import { data } from "./fixture.mjs";

// Every script that reads the page's strings, and how it names a key: t("..."), plural("..."), parts("..."), has("...").
const scripts = ["src/search.js", "src/pack-builder.js", "src/site.js", "static/js/planner/app.js", "static/js/planner/chart.js",
  "static/js/planner/main.js", "static/js/planner/scoring.js", "static/js/planner/state.js",
  "static/js/planner/recommend.js", "static/js/planner/requirements.js", "static/js/planner/history.js", "static/js/planner/compare.js",
  "static/js/planner/plan.js", "static/js/planner/team.js", "static/js/planner/team-app.js", "static/js/planner/team-main.js"];

test("every string key a script names is in strings/en.yml and strings/es.yml under js", () => {
  const en = loadStrings("en");
  const es = loadStrings("es");
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  let named = 0;
  for (const script of scripts) {
    const source = readFileSync(new URL(`../../themes/default/${script}`, import.meta.url), "utf8");
    for (const [, kind, key] of source.matchAll(/\b(t|plural|parts)\("([a-z0-9_.]*[a-z0-9_])"/g)) {
      named += 1;
      const keys = kind === "plural" ? [key + ".one", key + ".other"] : [key];
      for (const k of keys) assert.ok(k in en, `${script} names the string ${k}, which strings/en.yml has not under js`);
    }
  }
  assert.ok(named > 100, `only ${named} keys found: has the way scripts name them changed?`);
});

test("keys the planner builds from data exist: each status, NAPPP standard and SHAPE domain", () => {
  const en = loadStrings("en");
  const keys = [...["not_yet", "working", "achieved"].map((s) => `planner.status.${s}`),
    ...["planning", "commitment", "staffing", "structure", "implementation", "evaluation"].map((s) => `planner.nappp.${s}`),
    ...["teaming", "needs_assessment_resource_mapping", "screening", "mental_health_promotion", "early_intervention_treatment", "funding_sustainability", "impact"].map((s) => `planner.shape.${s}`),
    ...["up", "down", "same", "unknown", "up_by", "down_by"].map((s) => `planner.change.${s}`),
    ...["full", "unavailable"].map((s) => `planner.storage.${s}`),
    ...["section", "what", "who", "when", "measure", "status"].map((s) => `planner.print_col.${s}`)];
  for (const key of keys) assert.ok(key in en, key);
});

test("messages follow the page's language, with counts and placeholders filled in", () => {
  try {
    useLanguage("es");
    assert.equal(levelOf(null), "Aún sin calificar");
    assert.equal(levelOf(80), "Casi listo");
    assert.equal(plural("builder.opened", 1), "Se abrió un paquete compartido con 1 situación.");
    assert.equal(plural("builder.opened", 3), "Se abrió un paquete compartido con 3 situaciones.");
    assert.throws(() => readImport("{", data), (e) => e instanceof PlannerStateError && /^Este archivo no es JSON válido/.test(e.message));
    assert.throws(() => decodeShare("#p=3.x", data), (e) => e instanceof PlannerStateError && /dañado/.test(e.message));
    const link = { tag: "a" };
    assert.deepEqual(parts("search.did_you_mean", { suggestion: link }), ["¿Quiso decir ", link, "?"]);
  } finally {
    useLanguage("en");
  }
  assert.equal(levelOf(null), "Not rated yet");
  assert.equal(t("search.see_all", { count: 12 }), "See all 12 results");
  assert.equal(t("no.such.key"), "no.such.key");
});
