import { test } from "node:test";
import assert from "node:assert/strict";
import {
  SCHEMA, FORMAT, emptyState, migrate, sanitize, readStored, readImport, toExport, encodeShare, decodeShare, PlannerStateError,
} from "../../themes/default/static/js/planner/state.js";
import { data } from "./fixture.mjs";

test("nothing stored gives an empty state at the start", () => {
  assert.deepEqual(readStored(null, data), { state: emptyState(), problem: null, migrated: false });
});

test("schema 1 state is migrated: answer pairs, step number and notes", () => {
  const v1 = { version: 1, answers: [["w1", "close"], ["need", "stress"], ["gone", "x"]], stepIndex: 3, notes: { staffing: "Ask the principal" } };
  const r = readStored(JSON.stringify(v1), data);
  assert.equal(r.problem, null);
  assert.equal(r.migrated, true);
  assert.deepEqual(r.state, {
    schema: SCHEMA, answers: { w1: "close", need: "stress" }, step: "staffing", priorities: ["staffing"],
    plan: { staffing: [{ what: "Ask the principal", who: "", when: "" }] },
  });
});

test("corrupt or unknown stored state is reported, never thrown", () => {
  for (const text of ["{not json", "[]", JSON.stringify({ schema: 99, answers: {} }), JSON.stringify({ hello: 1 }), JSON.stringify({ schema: 2, answers: "x" })]) {
    const r = readStored(text, data);
    assert.ok(r.problem, text);
    assert.deepEqual(r.state, emptyState());
  }
  assert.match(readStored(JSON.stringify({ schema: 3 }), data).problem, /newer version/);
});

test("sanitize drops unknown answers, steps and priorities and caps text", () => {
  const { state, dropped } = sanitize({ schema: 2, answers: { w1: "close", w2: "nope", zz: "close" }, step: "gone",
    priorities: ["why", "school", "why", "staffing", "funding", "evaluation"], plan: { why: [{ what: "x".repeat(400), who: 3 }], zz: [] } }, data);
  assert.equal(dropped, 2);
  assert.deepEqual(state.answers, { w1: "close" });
  assert.equal(state.step, "start");
  assert.deepEqual(state.priorities, ["why", "staffing", "funding"]);
  assert.equal(state.plan.why[0].what.length, 300);
  assert.equal(state.plan.why[0].who, "");
  assert.equal(state.plan.zz, undefined);
});

test("export then import gives the same state", () => {
  const state = { schema: 2, answers: { w1: "close", need: "stress" }, step: "results", priorities: ["funding"], plan: { funding: [{ what: "Cost it", who: "Principal", when: "June" }] } };
  const file = JSON.stringify(toExport(state, new Date("2026-11-01T00:00:00Z")));
  assert.equal(JSON.parse(file).format, FORMAT);
  assert.deepEqual(readImport(file, data).state, state);
});

test("bad imports throw a message for the user", () => {
  const cases = [
    ["not json", /not valid JSON/],
    [JSON.stringify({ answers: {} }), /not a PeerHub planner export/],
    [JSON.stringify({ format: FORMAT, schema: 7, answers: {} }), /newer version/],
    [JSON.stringify({ format: FORMAT, schema: 2, answers: [] }), /cannot be used/],
    [JSON.stringify({ format: FORMAT, schema: 2, answers: { other: "x" } }), /None of the answers/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => readImport(text, data), (e) => e instanceof PlannerStateError && message.test(e.message), text);
  }
});

test("a share fragment round-trips, non-ASCII text included, and opens on the results", () => {
  const state = { ...emptyState(), answers: { w1: "good-progress" }, priorities: ["why"], plan: { why: [{ what: "Réunion – café", who: "", when: "" }] } };
  const fragment = encodeShare(state);
  assert.match(fragment, /^plan=[A-Za-z0-9_-]+$/);
  const back = decodeShare("#" + fragment, data).state;
  assert.deepEqual(back.answers, state.answers);
  assert.equal(back.plan.why[0].what, "Réunion – café");
  assert.equal(back.step, "results");
});

test("fragments without a plan are ignored; damaged ones throw", () => {
  assert.equal(decodeShare("", data), null);
  assert.equal(decodeShare("#main", data), null);
  assert.throws(() => decodeShare("#plan=abc", data), PlannerStateError);
});

test("migrate refuses things that are not planner state", () => {
  assert.throws(() => migrate(null, data), PlannerStateError);
  assert.throws(() => migrate({ version: 1, answers: "x" }, data), PlannerStateError);
});
