import { test } from "node:test";
import assert from "node:assert/strict";
import {
  SCHEMA, FORMAT, emptyState, exportFileName, migrate, sanitize, readStored, readImport, toExport, encodeShare, decodeShare, PlannerStateError,
} from "../../themes/default/static/js/planner/state.js";
import { data } from "./fixture.mjs";

/** What schema 3 adds to a state that had none of it. */
const NEW_FIELDS = { rater: "", history: [], revisitMonths: 6 };
/** A schema-2 step as schema 3 reads it. */
const step3 = (what, who, when) => ({ what, who, when, measure: "", status: "not_yet" });

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
    plan: { staffing: [step3("Ask the principal", "", "")] }, ...NEW_FIELDS,
  });
});

test("corrupt or unknown stored state is reported, never thrown", () => {
  for (const text of ["{not json", "[]", JSON.stringify({ schema: 99, answers: {} }), JSON.stringify({ hello: 1 }), JSON.stringify({ schema: 2, answers: "x" })]) {
    const r = readStored(text, data);
    assert.ok(r.problem, text);
    assert.deepEqual(r.state, emptyState());
  }
  assert.match(readStored(JSON.stringify({ schema: 4 }), data).problem, /newer version/);
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
  assert.equal(state.plan.why[0].status, "not_yet");
  assert.equal(state.plan.zz, undefined);
});

test("export then import gives the same state", () => {
  const state = { schema: SCHEMA, answers: { w1: "close", need: "stress" }, step: "results", priorities: ["funding"],
    plan: { funding: [{ what: "Cost it", who: "Principal", when: "June", measure: "A costed budget", status: "working" }] },
    rater: "Rater B", revisitMonths: 4,
    history: [{ id: "2026-05-01-1", date: "2026-05-01", label: "Baseline", answers: { w1: "not-yet" }, plan: {} }] };
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
  const fragment = encodeShare(state, data);
  assert.match(fragment, /^p=3\.[0-9a-z]+\.[0-9A-Za-z]*\.(_|[0-9A-Za-z]*)\.[A-Za-z0-9_.~+%-]*$/);
  const back = decodeShare("#" + fragment, data).state;
  assert.deepEqual(back.answers, state.answers);
  assert.equal(back.plan.why[0].what, "Réunion – café");
  assert.equal(back.step, "results");
});

/** Every question answered with its last option, three priorities, and every step of each written. */
function fullState() {
  const answers = Object.fromEntries(data.sections.flatMap((s) => s.questions).map((q) => [q.id, q.options[q.options.length - 1].id]));
  const step = (n) => step3(`Step ${n}: agree the lead's hours`, "School counselor", "October 15");
  return { schema: SCHEMA, answers, step: "results", priorities: ["funding", "why", "staffing"],
    plan: { funding: [step(1), step(2), step(3)], why: [step(4), step(5), step(6)], staffing: [step(7), step(8), step(9)] }, ...NEW_FIELDS };
}

test("a complete plan round-trips through the compact share format, answers by position", () => {
  const state = fullState();
  const fragment = encodeShare(state, data);
  assert.deepEqual(decodeShare("#" + fragment, data).state, state);
  // One character per question: the answers part is as long as the question list.
  const answers = fragment.split(".")[2];
  assert.equal(answers.length, data.sections.flatMap((s) => s.questions).length);
  // Unchosen priorities stay unchosen (suggested), and an empty plan writes no text part.
  const bare = { ...emptyState(), answers: { need: "conflict", s2: "not-yet" } };
  const bareFragment = encodeShare(bare, data);
  assert.match(bareFragment, /\._\.$/);
  assert.deepEqual(decodeShare(bareFragment, data).state, { ...bare, step: "results" });
});

test("the compact share link spends a character per answer where the old one spent about forty", () => {
  const state = { ...fullState(), plan: {} };
  const old = oldEncodeShare(state);
  const compact = encodeShare(state, data);
  assert.ok(compact.length * 4 < old.length, `${compact.length} characters against ${old.length}`);
});

/** Share links as the planner wrote them before share format 3: the state as base64url JSON. */
function oldEncodeShare(state) {
  const json = JSON.stringify({ format: FORMAT, schema: 2, answers: state.answers, priorities: state.priorities, plan: state.plan });
  return "plan=" + Buffer.from(json, "utf8").toString("base64url");
}

test("old share links still open", () => {
  const state = fullState();
  state.plan.why[0].what = "Réunion – café";
  assert.deepEqual(decodeShare("#" + oldEncodeShare(state), data).state, state);
  // A link written by the old code, kept as it was.
  const written = "#plan=eyJmb3JtYXQiOiJwZWVyaHViLXBsYW5uZXIiLCJzY2hlbWEiOjIsImFuc3dlcnMiOnsidzEiOiJjbG9zZSJ9LCJwcmlvcml0aWVzIjpudWxsLCJwbGFuIjp7fX0";
  assert.deepEqual(decodeShare(written, data).state, { schema: SCHEMA, answers: { w1: "close" }, step: "results", priorities: null, plan: {}, ...NEW_FIELDS });
});

test("a compact link made for other questions, or damaged, is refused with a message", () => {
  const fragment = encodeShare(fullState(), data);
  const other = { ...data, sections: data.sections.map((s) => (s.id === "funding" ? { ...s, questions: [...s.questions, { ...s.questions[0], id: "f2" }] } : s)) };
  assert.throws(() => decodeShare(fragment, other), (e) => e instanceof PlannerStateError && /different set of planner questions/.test(e.message));
  const [head, key, answers, priorities, text] = fragment.split(".");
  for (const bad of [`${head}.${key}.${answers}x0000000000000000.${priorities}.${text}`, `${head}.${key}.${answers}.${priorities}.${text.slice(0, 9)}`,
    `p=9.${key}.${answers}.${priorities}.${text}`, `${head}.${key}.${answers}.z.${text}`, "p=3.abc"]) {
    assert.throws(() => decodeShare("#" + bad, data), PlannerStateError, bad);
  }
});

test("a compact link made before answers were added still opens, with the answers it was made with", () => {
  // Edition 2 adds an answer at the top of a question, moving the positions of the options after it.
  const added = { id: "none-yet", label: "None yet", addedIn: 2 };
  const later = { ...data, sections: data.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === "staff" ? { ...q, options: [added, ...q.options] } : q)) })) };
  const state = { ...fullState(), answers: { ...fullState().answers, staff: "high" } };
  const before = encodeShare(state, data);
  assert.deepEqual(decodeShare("#" + before, later).state, decodeShare("#" + before, data).state);
  assert.equal(decodeShare("#" + before, later).state.answers.staff, "high");
  // A link made now names the new answer and reads back; the old questions refuse it.
  const now = encodeShare({ ...state, answers: { ...state.answers, staff: "none-yet" } }, later);
  assert.notEqual(now.split(".")[1], before.split(".")[1]);
  assert.equal(decodeShare("#" + now, later).state.answers.staff, "none-yet");
  assert.throws(() => decodeShare("#" + now, data), (e) => e instanceof PlannerStateError && /different set of planner questions/.test(e.message));
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

test("the export's file name carries the rater's role, in letters and digits only", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  assert.equal(exportFileName({ ...emptyState(), rater: "" }, now), "peerhub-plan-2026-12-05.json");
  assert.equal(exportFileName({ ...emptyState(), rater: "Consejera / Orientación" }, now), "peerhub-plan-consejera-orientacion-2026-12-05.json");
  assert.equal(exportFileName({ ...emptyState(), rater: "  ../../Rater B  " }, now), "peerhub-plan-rater-b-2026-12-05.json");
});
