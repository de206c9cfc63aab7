// A year of planning: schema 3 (migration from today's schema-2 export files), saving when storage fails, dated
// snapshots and the revisit day, comparisons and the action plan's suggestions and statuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  SCHEMA, MAX_SNAPSHOTS, STORAGE_KEY, emptyState, readImport, readStored, sanitize, toExport, writeStored,
} from "../../themes/default/static/js/planner/state.js";
import { takeSnapshot, deleteSnapshot, addMonths, nextRevisit, revisitDue, today, changesBaseline } from "../../themes/default/static/js/planner/history.js";
import { compareAnswers, timeline, points, changeOf } from "../../themes/default/static/js/planner/compare.js";
import { acceptSuggestion, actionPlan, setStepField, suggestedActions } from "../../themes/default/static/js/planner/plan.js";
import { readiness } from "../../themes/default/static/js/planner/scoring.js";
import { data } from "./fixture.mjs";
import { sections, plannerData } from "./content.mjs";

/** The planner's real questions (content/planner/sections.yml), for files written against them. */
const real = { ...plannerData(), sections: sections() };
const fixture = readFileSync(new URL("./fixtures/export-schema-2.json", import.meta.url), "utf8");

test("a schema-2 export written by the planner before schema 3 imports whole, with the new fields filled in", () => {
  assert.equal(JSON.parse(fixture).schema, 2);
  const { state, dropped } = readImport(fixture, real);
  assert.equal(dropped, 0);
  assert.equal(state.schema, SCHEMA);
  assert.equal(Object.keys(state.answers).length, 23);
  assert.equal(state.answers["why-partners"], "dont-know");
  assert.deepEqual(state.priorities, ["evaluation", "needs-assessment", "funding"]);
  assert.deepEqual(state.plan.funding[1], { what: "Ask the PTA about training costs", who: "Program lead", when: "December", measure: "", status: "not_yet" });
  assert.equal(state.rater, "");
  assert.deepEqual(state.history, []);
  assert.equal(state.revisitMonths, 6);
  // Saved in localStorage as schema 2, it is read the same way and reported as migrated.
  const stored = readStored(fixture, real);
  assert.equal(stored.migrated, true);
  assert.deepEqual(stored.state, state);
});

test("the real sections carry a NAPPP standard each, and a SHAPE domain where one fits", () => {
  const nappp = ["planning", "commitment", "staffing", "structure", "implementation", "evaluation"];
  const shape = ["teaming", "needs_assessment_resource_mapping", "screening", "mental_health_promotion", "early_intervention_treatment", "funding_sustainability", "impact"];
  for (const s of real.sections.filter((x) => x.group !== "profile")) {
    assert.ok(nappp.includes(s.nappp), `${s.id}: nappp ${s.nappp}`);
    assert.ok(s.shape === undefined || shape.includes(s.shape), `${s.id}: shape ${s.shape}`);
  }
  assert.equal(real.sections.find((s) => s.id === "funding").shape, "funding_sustainability");
});

test("schema 3 keeps the rater, statuses, measures, history and revisit months; bad ones are cleaned", () => {
  const raw = {
    schema: 3, answers: { w1: "close" }, step: "results", priorities: null, rater: "  Counselor  " + "x".repeat(60), revisitMonths: 9,
    plan: { why: [{ what: "a", measure: "Minutes of the meeting", status: "achieved" }, { what: "b", status: "purple" }] },
    history: [
      { id: "b", date: "2026-09-01", answers: { w1: "not-yet", gone: "x" }, plan: {} },
      { id: "a", date: "2026-03-01", label: "Baseline", answers: { w1: "not-yet" }, plan: { why: [{ what: "x" }] } },
      { id: "bad-date", date: "2026-02-30", answers: {} },
      { id: "a", date: "2026-04-01", answers: {} },
      { id: "has space", date: "2026-04-01", answers: {} },
      "not a snapshot",
    ],
  };
  const { state } = sanitize(raw, data);
  assert.equal(state.rater.length, 40);
  assert.ok(state.rater.startsWith("Counselor"));
  assert.equal(state.revisitMonths, 6);
  assert.equal(state.plan.why[0].status, "achieved");
  assert.equal(state.plan.why[0].measure, "Minutes of the meeting");
  assert.equal(state.plan.why[1].status, "not_yet");
  assert.deepEqual(state.history.map((s) => s.id), ["a", "b"], "oldest first, undated and repeated ids dropped");
  assert.deepEqual(state.history[1].answers, { w1: "not-yet" });
  assert.equal(state.history[0].label, "Baseline");
  assert.equal(state.history[0].plan.why[0].status, "not_yet");
});

test("export carries the rater and the whole history, and import keeps them", () => {
  let state = { ...emptyState(), answers: { w1: "taking-steps" }, rater: "Rater B", revisitMonths: 3 };
  state = takeSnapshot(state, new Date(2026, 0, 15), "January").state;
  state = { ...state, answers: { w1: "close" } };
  state = takeSnapshot(state, new Date(2026, 5, 1)).state;
  const file = JSON.stringify(toExport(state));
  const parsed = JSON.parse(file);
  assert.equal(parsed.rater, "Rater B");
  assert.equal(parsed.history.length, 2);
  const back = readImport(file, data).state;
  assert.deepEqual(back.history, state.history);
  assert.equal(back.rater, "Rater B");
  assert.equal(back.revisitMonths, 3);
});

test("saving reports a full or refused storage instead of throwing, and a working one saves", () => {
  const state = { ...emptyState(), answers: { w1: "close" } };
  const full = { setItem() { const e = new Error("quota"); e.name = "QuotaExceededError"; throw e; } };
  const refused = { setItem() { throw new Error("SecurityError"); } };
  assert.deepEqual(writeStored(full, state), { saved: false, problem: "full" });
  assert.deepEqual(writeStored(refused, state), { saved: false, problem: "unavailable" });
  const kept = new Map();
  const fine = { setItem: (k, v) => kept.set(k, v) };
  assert.deepEqual(writeStored(fine, state, new Date("2026-12-05T00:00:00Z")), { saved: true, problem: null });
  assert.deepEqual(readStored(kept.get(STORAGE_KEY), data).state.answers, { w1: "close" });
  // The state in memory is untouched by a failed save, so export still has everything.
  assert.deepEqual(toExport(state).answers, { w1: "close" });
});

test("a snapshot copies today's answers and plan; later edits do not change it", () => {
  let state = setStepField({ ...emptyState(), answers: { w1: "taking-steps" } }, "why", 0, "what", "Meet");
  const { state: after, snapshot } = takeSnapshot(state, new Date(2026, 2, 3, 23, 30), " Spring ");
  assert.equal(snapshot.date, "2026-03-03", "the user's own day, not UTC's");
  assert.equal(snapshot.id, "2026-03-03-1");
  assert.equal(snapshot.label, "Spring");
  state = setStepField({ ...after, answers: { w1: "close" } }, "why", 0, "what", "Changed");
  assert.equal(state.history[0].answers.w1, "taking-steps");
  assert.equal(state.history[0].plan.why[0].what, "Meet");
  const second = takeSnapshot(state, new Date(2026, 2, 3, 23, 45)).snapshot;
  assert.equal(second.id, "2026-03-03-2");
  assert.equal(second.label, undefined);
  assert.deepEqual(deleteSnapshot(state, "2026-03-03-1").history, []);
});

test(`past ${MAX_SNAPSHOTS} snapshots the oldest (the baseline) and the newest are kept`, () => {
  let state = emptyState();
  for (let i = 0; i < MAX_SNAPSHOTS + 5; i += 1) state = takeSnapshot(state, new Date(2020, i, 1), `n${i}`).state;
  assert.equal(state.history.length, MAX_SNAPSHOTS);
  assert.equal(state.history[0].label, "n0");
  assert.equal(state.history[1].label, "n6");
  assert.equal(state.history.at(-1).label, `n${MAX_SNAPSHOTS + 4}`);
});

test("the revisit day is the last snapshot plus three to six months, kept inside the month", () => {
  assert.equal(addMonths("2026-01-31", 1), "2026-02-28");
  assert.equal(addMonths("2027-11-30", 3), "2028-02-29");
  assert.equal(addMonths("2026-08-15", 6), "2027-02-15");
  let state = emptyState();
  assert.equal(nextRevisit(state), null);
  assert.equal(revisitDue(state, new Date(2030, 0, 1)), false);
  state = { ...takeSnapshot(state, new Date(2026, 0, 10)).state, revisitMonths: 3 };
  assert.equal(nextRevisit(state), "2026-04-10");
  assert.equal(revisitDue(state, new Date(2026, 3, 9)), false);
  assert.equal(revisitDue(state, new Date(2026, 3, 10)), true);
  assert.equal(today(new Date(2026, 11, 5)), "2026-12-05");
});

test("a comparison says what went up and down, per section and per question, and sets 'I don't know' apart", () => {
  const before = { w1: "not-yet", w2: "good-progress", s1: "close", s2: "dont-know", f1: "taking-steps" };
  const after = { w1: "close", w2: "good-progress", s1: "taking-steps", s2: "close", e1: "good-progress" };
  const c = compareAnswers(data, before, after);
  const section = (id) => c.sections.find((s) => s.id === id);
  const question = (sid, qid) => section(sid).questions.find((q) => q.id === qid);
  // Design your why: 2 of 6 points (33%) to 5 of 6 (83%).
  assert.deepEqual([section("why").before, section("why").after, section("why").change, section("why").delta], [33, 83, "up", 50]);
  assert.equal(question("why", "w1").change, "up");
  assert.equal(question("why", "w1").before.label, "Not yet");
  assert.equal(question("why", "w2").change, "same");
  // Staffing: s1 fell from 3 to 1; s2 went from "I don't know" to 3, which is neither up nor down.
  assert.equal(question("staffing", "s1").change, "down");
  assert.equal(question("staffing", "s2").change, "unknown");
  assert.equal(question("staffing", "s2").before.score, null);
  assert.deepEqual([section("staffing").before, section("staffing").after, section("staffing").change], [100, 67, "down"]);
  // Funding was rated, then left unanswered; evaluation the other way round: neither can be compared.
  assert.equal(section("funding").change, "unknown");
  assert.equal(section("funding").after, null);
  assert.equal(section("evaluation").change, "unknown");
  assert.deepEqual(c.up.map((s) => s.id), ["why"]);
  assert.deepEqual(c.down.map((s) => s.id), ["staffing"]);
  // Overall counts only questions with a score on that side: 6 of 12 before (w1, w2, s1, f1), 11 of 15 after.
  assert.deepEqual([c.overall.before, c.overall.after, c.overall.change], [50, 73, "up"]);
  assert.equal(changeOf(2, 2), "same");
  assert.equal(changeOf(null, 2), "unknown");
});

test("the timeline gives each snapshot and now their overall and section scores, in order", () => {
  let state = { ...emptyState(), answers: { w1: "not-yet", s1: "not-yet" } };
  state = takeSnapshot(state, new Date(2026, 0, 1), "Start").state;
  state = { ...state, answers: { w1: "close", s1: "taking-steps" } };
  const rows = timeline(data, points(state));
  assert.deepEqual(rows.map((r) => [r.id, r.label, r.overall]), [["2026-01-01-1", "Start", 0], ["now", undefined, 67]]);
  assert.equal(rows[1].sections.why, 100);
  assert.equal(rows[1].sections.funding, null);
});

test("at least three actions are suggested from the weakest sections, and one click takes one into the plan", () => {
  const answers = { w1: "close", w2: "close", s1: "not-yet", f1: "taking-steps", e1: "good-progress" };
  const scores = readiness(data, answers);
  let state = { ...emptyState(), answers };
  const suggested = suggestedActions(data, state, scores);
  assert.deepEqual(suggested.map((s) => s.section), ["staffing", "funding"]);
  // The real sections have three suggestions each, so the three weakest give nine.
  const realAnswers = Object.fromEntries(real.sections.flatMap((s) => s.questions).filter((q) => q.rated).map((q, i) => [q.id, q.options[i % 4].id]));
  const realState = { ...emptyState(), answers: realAnswers };
  assert.ok(suggestedActions(real, realState, readiness(real, realAnswers)).length >= 3);

  const first = acceptSuggestion(state, scores, "staffing", "Name a lead");
  assert.equal(first.index, 0);
  state = first.state;
  assert.deepEqual(state.priorities, ["staffing", "funding", "evaluation"]);
  assert.equal(state.plan.staffing[0].what, "Name a lead");
  // Taken, it is no longer offered; the step can then get an owner, a date, a measure and a status.
  assert.deepEqual(actionPlan(data, state, scores)[0].suggestions, []);
  state = setStepField(state, "staffing", 0, "status", "working");
  state = setStepField(state, "staffing", 0, "measure", "The lead's hours are in the timetable");
  assert.equal(setStepField(state, "staffing", 0, "status", "blue"), state, "an unknown status is refused");
  assert.equal(state.plan.staffing[0].status, "working");
  // A suggestion for a section that is not yet a priority makes it one, when there is room.
  const why = acceptSuggestion({ ...state, priorities: ["staffing"] }, scores, "why", "Write the why");
  assert.deepEqual(why.state.priorities, ["staffing", "why"]);
  // When every step of a section is written, nothing changes.
  let fullState = state;
  for (const i of [1, 2]) fullState = setStepField(fullState, "staffing", i, "what", `Step ${i}`);
  assert.deepEqual(acceptSuggestion(fullState, scores, "staffing", "Another"), { state: fullState, index: -1 });
});

test("the printed plan's changes are measured against the latest snapshot that differs from today's answers", () => {
  const snap = (id, answers) => ({ id, date: "2026-12-05", answers, plan: {} });
  const autumn = snap("a", { w1: "not-yet" });
  const spring = snap("b", { w1: "close" });
  assert.equal(changesBaseline({ answers: { w1: "close" }, history: [] }), null);
  // Saved, then printed: the snapshot just taken holds today's answers, so the one before it is the baseline.
  assert.equal(changesBaseline({ answers: { w1: "close" }, history: [autumn, spring] }), autumn);
  // Answers changed since the last snapshot: that snapshot is the baseline.
  assert.equal(changesBaseline({ answers: { w1: "dont-know" }, history: [autumn, spring] }), spring);
  // Nothing ever changed: the latest, which then reads "no change".
  assert.equal(changesBaseline({ answers: { w1: "close" }, history: [spring] }), spring);
});
