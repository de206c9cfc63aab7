import { test } from "node:test";
import assert from "node:assert/strict";
import { actionPlan, chosenPriorities, togglePriority, setStepField, helpLinks } from "../../themes/default/static/js/planner/plan.js";
import { readiness } from "../../themes/default/static/js/planner/scoring.js";
import { emptyState } from "../../themes/default/static/js/planner/state.js";
import { data } from "./fixture.mjs";

const answers = { w1: "close", w2: "close", s1: "not-yet", f1: "taking-steps", e1: "good-progress" };

test("until the user chooses, the three weakest rated sections are the priorities", () => {
  const state = { ...emptyState(), answers };
  assert.deepEqual(chosenPriorities(state, readiness(data, answers)), ["staffing", "funding", "evaluation"]);
});

test("a fourth priority is refused and removing one works", () => {
  const scores = readiness(data, answers);
  let state = { ...emptyState(), answers };
  assert.equal(togglePriority(state, scores, "why", true), state);
  state = togglePriority(state, scores, "funding", false);
  assert.deepEqual(state.priorities, ["staffing", "evaluation"]);
  state = togglePriority(state, scores, "why", true);
  assert.deepEqual(state.priorities, ["staffing", "evaluation", "why"]);
});

test("the plan lists each priority with suggestions, help links without repeats, and three steps", () => {
  const scores = readiness(data, answers);
  const state = setStepField({ ...emptyState(), answers, priorities: ["staffing"] }, "staffing", 1, "who", "Counselor");
  const [item] = actionPlan(data, state, scores);
  assert.equal(item.title, "Staffing");
  assert.equal(item.percent, 0);
  assert.deepEqual(item.suggestions, ["Name a lead"]);
  assert.deepEqual(item.links.map((l) => l.url), ["../elements/staffing/", "../strong-programs/"]);
  assert.deepEqual(item.steps[1], { what: "", who: "Counselor", when: "", measure: "", status: "not_yet" });
  assert.equal(item.steps.length, 3);
});

test("help links keep their written order", () => {
  assert.deepEqual(helpLinks(data.sections[2]).map((l) => l.title), ["Staffing", "Strong"]);
});
