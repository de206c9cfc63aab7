import { test } from "node:test";
import assert from "node:assert/strict";
import { FORMAT, PlannerStateError, encodeShare, toExport } from "../../themes/default/static/js/planner/state.js";
import {
  emptySession, readMember, addMember, renameMember, removeMember, median, spread, teamTable, profileTable, questionStats,
  suggestion, apportion, agenda, crowdedFlags, applyAgreed, hasRatedAnswers, readSession, toStored, MEETING_LENGTHS,
} from "../../themes/default/static/js/planner/team.js";
import { data } from "./fixture.mjs";

const exported = (answers, extra = {}) => JSON.stringify({ ...toExport({ schema: 2, answers, step: "results", priorities: null, plan: {} }, new Date("2026-11-01T10:00:00Z")), ...extra });
// A file from the first release of the planner: schema 1, answers as pairs.
const schema1 = JSON.stringify({ format: FORMAT, version: 1, answers: [["w1", "not-yet"], ["w2", "close"], ["s1", "dont-know"], ["need", "stress"]], stepIndex: 2 });
const counselor = exported({ w1: "good-progress", w2: "close", s1: "good-progress", s2: "taking-steps", need: "stress" }, { rater: "  Counselor " });
const third = exported({ w1: "close", w2: "close", s1: "dont-know", s2: "not-yet", f1: "taking-steps", need: "conflict" });

/** The session after adding the three raters' files in turn. */
function threeRaters() {
  let session = emptySession();
  session = addMember(session, readMember(schema1, data, { name: "old.json" }));
  session = addMember(session, readMember(counselor, data, { name: "counselor.json" }));
  session = addMember(session, readMember(third, data, { name: "third.json" }));
  return session;
}

const stat = (session, id) => teamTable(data, session.members).flatMap((s) => s.questions).find((q) => q.id === id);

test("three raters merge: a schema 1 file, one with a rater label and a current one", () => {
  const session = threeRaters();
  assert.deepEqual(session.members.map((m) => m.label), ["Rater A", "Counselor", "Rater B"]);
  assert.deepEqual(session.members[0].answers, { w1: "not-yet", w2: "close", s1: "dont-know", need: "stress" });
  const w1 = stat(session, "w1");
  assert.deepEqual(w1.ratings.map((r) => [r.label, r.option.label]), [["Rater A", "Not yet"], ["Counselor", "Good progress"], ["Rater B", "We're close"]]);
  assert.equal(w1.median, 2);
  assert.equal(w1.spread, 3);
  assert.equal(w1.flagged, true);
});

test("sections and questions come in planner order, profile left out of the rated table", () => {
  const table = teamTable(data, threeRaters().members);
  assert.deepEqual(table.map((s) => s.id), ["why", "staffing", "funding", "evaluation"]);
  assert.deepEqual(table[1].questions.map((q) => q.id), ["s1", "s2"]);
});

test("median of an even count is the mean of the middle two; spread is highest minus lowest", () => {
  assert.equal(median([3, 0, 1, 2]), 1.5);
  assert.equal(median([1, 3]), 2);
  assert.equal(median([2]), 2);
  assert.equal(median([]), null);
  assert.equal(spread([1, 3, 2]), 2);
  assert.equal(spread([2]), 0);
  assert.equal(spread([]), null);
});

test("I don't know counts apart and never in the median or spread", () => {
  const session = threeRaters();
  const s1 = stat(session, "s1");
  assert.equal(s1.unknown, 2);
  assert.equal(s1.median, 2);
  assert.equal(s1.spread, 0);
  assert.equal(s1.flagged, false);
  const e1 = stat(session, "e1");
  assert.deepEqual([e1.unknown, e1.median, e1.spread, e1.flagged], [0, null, null, false]);
  assert.ok(e1.ratings.every((r) => r.option === null));
});

test("a question is flagged at exactly two points apart, not at one", () => {
  const q = data.sections[1].questions[0];
  const members = (...options) => options.map((o, i) => ({ label: `R${i}`, answers: { w1: o } }));
  assert.equal(questionStats(q, members("taking-steps", "close")).flagged, true);
  assert.equal(questionStats(q, members("not-yet", "good-progress", "good-progress")).flagged, true);
  assert.equal(questionStats(q, members("taking-steps", "good-progress", "dont-know")).flagged, false);
  assert.equal(questionStats(q, members("not-yet", "dont-know")).flagged, false);
});

test("the suggestion is the median's option, rounded down between two points", () => {
  const q = data.sections[1].questions[0];
  const members = (...options) => options.map((o, i) => ({ label: `R${i}`, answers: { w1: o } }));
  assert.equal(suggestion(q, questionStats(q, members("taking-steps", "close"))), "good-progress");
  assert.equal(suggestion(q, questionStats(q, members("taking-steps", "good-progress"))), "taking-steps");
  assert.equal(suggestion(q, questionStats(q, members("dont-know"))), null);
});

test("profile answers are listed, with a suggestion only when everyone who answered agrees", () => {
  const profile = profileTable(data, threeRaters().members);
  assert.deepEqual(profile.map((p) => [p.id, p.suggestion]), [["need", null], ["staff", null]]);
  assert.deepEqual(profileTable(data, threeRaters().members.slice(0, 2)).map((p) => p.suggestion), ["stress", null]);
});

test("share links are read with decodeShare, and the same link or file twice is refused", () => {
  const link = "https://example.org/planner/#" + encodeShare({ answers: { w1: "close", f1: "not-yet" }, priorities: null, plan: {} }, data);
  let session = addMember(emptySession(), readMember(link, data, { kind: "link", name: "link 1" }));
  assert.deepEqual(session.members[0].answers, { w1: "close", f1: "not-yet" });
  assert.throws(() => addMember(session, readMember(link + "\n", data, { kind: "link", name: "link 2" })),
    (e) => e instanceof PlannerStateError && /link 2 was not added: it is the same file or link as Rater A's/.test(e.message));
  session = addMember(session, readMember(counselor, data, { name: "c.json" }));
  const before = JSON.stringify(session);
  assert.throws(() => addMember(session, readMember(counselor, data, { name: "copy.json" })), /copy\.json was not added/);
  assert.equal(JSON.stringify(session), before);
});

test("bad files and links give a message naming them", () => {
  const cases = [
    ["this is not json", "bad.json", /^bad\.json was not added\. This file is not valid JSON.*Nothing was changed\.$/],
    [JSON.stringify({ format: "something-else", answers: {} }), "foreign.json", /^foreign\.json was not added\. This file is not a PeerHub planner export/],
    [JSON.stringify({ format: FORMAT, schema: 9, answers: {} }), "future.json", /future\.json was not added\. .*newer version/],
    [JSON.stringify({ format: FORMAT, schema: 2, answers: {} }), "empty.json", /empty\.json was not added\. It has no answers yet\./],
  ];
  for (const [text, name, message] of cases) {
    assert.throws(() => readMember(text, data, { name }), (e) => e instanceof PlannerStateError && message.test(e.message), name);
  }
  assert.throws(() => readMember("https://example.org/planner/", data, { kind: "link", name: "plain" }), /plain was not added\. This is not a planner share link/);
  assert.throws(() => readMember("#p=3.zzz.123._.", data, { kind: "link", name: "other" }), /other was not added\. This shared link was made for a different set/);
});

test("labels: a file's rater label wins, taken labels get a number, renames must be unique and not empty", () => {
  let session = addMember(emptySession(), readMember(counselor, data, { name: "a.json" }));
  session = addMember(session, readMember(exported({ w1: "close" }, { rater: "Counselor" }), data, { name: "b.json" }));
  assert.deepEqual(session.members.map((m) => m.label), ["Counselor", "Counselor 2"]);
  assert.equal(renameMember(session, 1, "Counselor"), null);
  assert.equal(renameMember(session, 1, "   "), null);
  assert.deepEqual(renameMember(session, 1, " Principal ").members.map((m) => m.label), ["Counselor", "Principal"]);
  assert.deepEqual(removeMember(session, 0).members.map((m) => m.label), ["Counselor 2"]);
});

test("agenda: flagged questions first, the rest by section, minutes adding up to the meeting length", () => {
  const table = teamTable(data, threeRaters().members);
  for (const length of MEETING_LENGTHS) {
    const items = agenda(table, length);
    assert.equal(items.reduce((sum, item) => sum + item.minutes, 0), length, `${length} minutes`);
    assert.equal(items[0].kind, "opening");
    assert.equal(items.at(-1).kind, "closing");
    const kinds = items.slice(1, -1).map((i) => i.kind);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => (a === "flagged" ? 0 : 1) - (b === "flagged" ? 0 : 1)));
    const flagged = items.filter((i) => i.kind === "flagged");
    assert.deepEqual(flagged.map((i) => i.questions[0].id), table.flatMap((s) => s.questions).filter((q) => q.flagged).map((q) => q.id));
    // A flagged question gets more time than a section item holding a single question.
    const single = items.find((i) => i.kind === "section" && i.questions.length === 1);
    assert.ok(flagged[0].minutes > single.minutes, JSON.stringify(items.map((i) => [i.kind, i.minutes])));
    assert.ok(items.every((i) => i.minutes >= 1));
  }
});

test("agenda times still add up with many flagged questions, grouped by section when they would not fit", () => {
  const q = (id, flagged) => ({ id, flagged });
  const table = Array.from({ length: 13 }, (_, s) => ({ id: `s${s}`, title: `S${s}`, questions: Array.from({ length: 4 }, (_, i) => q(`q${s}-${i}`, i < 3)) }));
  for (const length of MEETING_LENGTHS) {
    const items = agenda(table, length);
    assert.equal(items.reduce((sum, item) => sum + item.minutes, 0), length);
    assert.ok(items.every((i) => i.minutes >= 1));
  }
  assert.deepEqual(apportion([3, 1, 1], 10), [6, 2, 2]);
  // Many flagged questions in a short meeting: none gets less time than a single question the raters agree on.
  const crowded = apportion([...Array(37).fill(3), ...Array(9).fill(1)], 50);
  assert.equal(crowded.reduce((a, b) => a + b), 50);
  assert.ok(Math.min(...crowded.slice(0, 37)) >= Math.max(...crowded.slice(37)), crowded.join(","));
  assert.equal(apportion([1, 1, 1], 10).reduce((a, b) => a + b), 10);
  assert.throws(() => apportion([1, 1, 1], 2), RangeError);
});

test("an agenda that leaves flagged questions under two minutes each says how many, so the team can choose", () => {
  const q = (id, flagged) => ({ id, flagged });
  const table = (flaggedPerSection) => Array.from({ length: 12 }, (_, s) => ({
    id: `s${s}`, title: `S${s}`, questions: Array.from({ length: 4 }, (_, i) => q(`q${s}-${i}`, i < flaggedPerSection)),
  }));
  // Thirty-six flagged questions do not fit a 45-minute meeting at two minutes each.
  assert.equal(crowdedFlags(agenda(table(3), 45)), 36);
  // A few flagged questions get their time, and an agenda with none has nothing to say.
  assert.equal(crowdedFlags(agenda(table(0).map((s, i) => (i === 0 ? { ...s, questions: [q("a", true), ...s.questions] } : s)), 60)), 0);
  assert.equal(crowdedFlags(agenda(table(0), 45)), 0);
});

test("agreed ratings replace the rated answers, keep unagreed profile answers and every other field", () => {
  const stored = { schema: 3, answers: { w1: "not-yet", w2: "close", need: "conflict", staff: "high" }, step: "why", priorities: ["funding"],
    plan: { funding: [{ what: "Cost it", who: "Principal", when: "June" }] }, snapshots: [{ date: "2026-01-01" }] };
  const session = { ...threeRaters(), agreed: { w1: "good-progress", s1: "taking-steps", staff: "low", gone: "x", f1: "nope" } };
  const result = applyAgreed(stored, session, data);
  assert.deepEqual(result.answers, { need: "conflict", staff: "low", w1: "good-progress", s1: "taking-steps" });
  assert.deepEqual({ ...result, answers: null }, { ...stored, answers: null });
  assert.equal(hasRatedAnswers(stored, data), true);
  assert.equal(hasRatedAnswers({ answers: { need: "stress" } }, data), false);
});

test("the session survives storage, and anything damaged there starts a fresh one", () => {
  const session = { ...threeRaters(), agreed: { w1: "close" }, minutes: 45 };
  const { session: back, problem } = readSession(toStored(session), data);
  assert.equal(problem, null);
  assert.deepEqual(back, session);
  for (const text of ["{", "[]", JSON.stringify({ schema: 99, members: [] })]) {
    const r = readSession(text, data);
    assert.ok(r.problem, text);
    assert.deepEqual(r.session, emptySession());
  }
  const odd = readSession(JSON.stringify({ schema: 1, members: [{ label: "", answers: { w1: "close", zz: "x" } }, "junk"], agreed: { w1: "bad" }, minutes: 90 }), data).session;
  assert.deepEqual(odd, { schema: 1, members: [{ label: "Rater A", kind: "file", name: "", key: "", answers: { w1: "close" } }], agreed: {}, minutes: 60 });
});
