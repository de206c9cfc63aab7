import { test } from "node:test";
import assert from "node:assert/strict";
import { recommend, applies } from "../../themes/default/static/js/planner/recommend.js";
import { data } from "./fixture.mjs";

test("a rule applies only when every condition holds", () => {
  assert.equal(applies(data.rules[0], { need: "stress" }), true);
  assert.equal(applies(data.rules[0], { need: "conflict" }), false);
  assert.equal(applies(data.rules[0], {}), false);
  assert.equal(applies(data.rules[4], {}), true);
});

test("models are grouped by tier, in rule order, with every reason that picked them", () => {
  const r = recommend(data, { need: "stress", staff: "low" });
  assert.deepEqual(r.tier1.map((m) => m.model), ["wellness-peers", "mental-health-clubs"]);
  assert.deepEqual(r.tier1[0].reasons, ["Stress is common.", "Light on staff."]);
  assert.equal(r.tier1[0].url, "../models/wellness-peers/");
  assert.deepEqual(r.tier2, []);
  assert.deepEqual(r.missing, []);
});

test("tier 2 models follow the answers", () => {
  const r = recommend(data, { need: "conflict", staff: "high" });
  assert.deepEqual(r.tier2.map((m) => m.model), ["peer-mediation", "peer-mentoring"]);
});

test("unanswered profile questions are listed as missing", () => {
  const r = recommend(data, { need: "stress" });
  assert.deepEqual(r.missing.map((m) => m.id), ["staff"]);
});

test("the list per tier is capped", () => {
  assert.equal(recommend(data, { need: "stress", staff: "low" }, 1).tier1.length, 1);
});
