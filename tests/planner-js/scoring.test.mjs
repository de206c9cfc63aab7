import { test } from "node:test";
import assert from "node:assert/strict";
import { readiness, weakest, levelOf, progress, ratedSections, ratedQuestions } from "../../themes/default/static/js/planner/scoring.js";
import { data } from "./fixture.mjs";

test("a section's score is the share of possible points, and I don't know counts neither way", () => {
  const r = readiness(data, { w1: "close", w2: "dont-know", s1: "taking-steps", s2: "not-yet" });
  const why = r.sections.find((s) => s.id === "why");
  assert.deepEqual([why.points, why.possible, why.percent, why.answered, why.unknown], [3, 3, 100, 2, 1]);
  const staffing = r.sections.find((s) => s.id === "staffing");
  assert.equal(staffing.percent, 17); // 1 of 6
  assert.equal(r.overall.percent, 44); // 4 of 9
});

test("profile questions are not scored and sections without rated answers are not rated", () => {
  const r = readiness(data, { need: "stress", f1: "dont-know" });
  assert.deepEqual(r.sections.map((s) => s.id), ["why", "staffing", "funding", "evaluation"]);
  assert.equal(r.sections.find((s) => s.id === "funding").percent, null);
  assert.equal(r.overall.percent, null);
  assert.equal(levelOf(null), "Not rated yet");
});

test("the rated sections leave out the profile, and the rated questions leave out unrated ones, in planner order", () => {
  const withNote = { ...data, sections: data.sections.map((s) => (s.id === "funding" ? { ...s, questions: [...s.questions, { id: "f-note", text: "Notes", rated: false, links: [], options: [] }] } : s)) };
  assert.deepEqual(ratedSections(withNote).map((s) => s.id), ["why", "staffing", "funding", "evaluation"]);
  assert.deepEqual(ratedQuestions(withNote).map((q) => q.id), ["w1", "w2", "s1", "s2", "f1", "e1"]);
});

test("answers naming an unknown option are ignored", () => {
  const r = readiness(data, { w1: "maybe" });
  assert.equal(r.sections[0].answered, 0);
});

test("weakest puts low scores first, keeps planner order on ties, and unrated last", () => {
  const r = readiness(data, { w1: "good-progress", s1: "not-yet", e1: "not-yet" });
  assert.deepEqual(weakest(r.sections).map((s) => s.id), ["staffing", "evaluation", "why", "funding"]);
});

test("levels name each band of the Action Tracker style scale", () => {
  assert.deepEqual([0, 24, 25, 49, 50, 74, 75, 100].map(levelOf),
    ["Getting started", "Getting started", "Taking steps", "Taking steps", "Good progress", "Good progress", "Nearly there", "Nearly there"]);
});

test("progress counts answered questions across every section", () => {
  assert.deepEqual(progress(data, { need: "stress", w1: "close", bogus: "x" }), { answered: 2, total: 8 });
});
