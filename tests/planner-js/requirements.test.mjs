// Recommendations that cannot contradict the model pages (issue 21): a model is recommended only when the school's
// profile answers meet every requirement on its page. Checked here for every combination of the real profile answers,
// against the real rules and the real models' front matter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { recommend, MAX_GAPS } from "../../themes/default/static/js/planner/recommend.js";
import { PROFILE, CLINICAL_LEVELS, capacity, gaps, gapText } from "../../themes/default/static/js/planner/requirements.js";
import { profileQuestions, plannerData, models } from "./content.mjs";
import { useLanguage } from "./strings.mjs";

useLanguage("en");
const data = plannerData();
const questions = profileQuestions();
const byId = new Map(data.models.map((m) => [m.model, m]));

/** Every combination of answers to the profile questions, each question also left unanswered. */
function* everyProfile() {
  const choices = questions.map((q) => [undefined, ...q.options.map((o) => o.id)]);
  const index = choices.map(() => 0);
  for (;;) {
    const answers = {};
    questions.forEach((q, i) => { if (choices[i][index[i]] !== undefined) answers[q.id] = choices[i][index[i]]; });
    yield answers;
    let i = 0;
    while (i < index.length && ++index[i] === choices[i].length) index[i++] = 0;
    if (i === index.length) return;
  }
}

/**
 * The requirements of `model` these answers fail, worked out from the table's figures alone (not from gaps()):
 * the school has the bottom of each range it picked, and an unanswered question gives nothing.
 */
function violations(model, answers) {
  const value = (key) => PROFILE[key].options[answers[PROFILE[key].question]];
  const failed = [];
  if (model.trainingMin > (value("training")?.min ?? 0)) failed.push("training");
  if (model.adultHoursMin > (value("adultHours")?.min ?? 0)) failed.push("adult_hours");
  if (CLINICAL_LEVELS.indexOf(model.clinicalSupport) > CLINICAL_LEVELS.indexOf(value("clinical") ?? "none")) failed.push("clinical");
  const grades = value("grades");
  const allGrades = model.gradesFrom === 0 && model.gradesTo === 12;
  if (!allGrades && !(grades && model.gradesFrom <= grades.to && grades.from <= model.gradesTo)) failed.push("grades");
  return failed;
}

test("the table gives a meaning to every option of the profile questions it reads, and to nothing else", () => {
  for (const key of Object.keys(PROFILE)) {
    const question = questions.find((q) => q.id === PROFILE[key].question);
    assert.ok(question, `content/planner/sections.yml has no profile question ${PROFILE[key].question}`);
    assert.deepEqual(Object.keys(PROFILE[key].options).sort(), question.options.map((o) => o.id).sort(), PROFILE[key].question);
  }
});

test("the table's hours say what the options' labels say", () => {
  for (const key of ["adultHours", "training"]) {
    const question = questions.find((q) => q.id === PROFILE[key].question);
    for (const option of question.options) {
      const { min, max } = PROFILE[key].options[option.id];
      const expected = max === null ? `More than ${min} hours` : min === 0 ? `Less than ${max} hour` : `${min} to ${max} hours`;
      assert.ok(option.label.startsWith(expected), `${option.id}: "${option.label}" against ${expected}`);
    }
  }
  // Clinical support options are written from most to least.
  const levels = questions.find((q) => q.id === "clinical-support").options.map((o) => CLINICAL_LEVELS.indexOf(PROFILE.clinical.options[o.id]));
  assert.deepEqual(levels, [...levels].sort((a, b) => b - a));
  assert.ok(levels.every((l) => l >= 0));
});

test("every model a rule names has its requirements in the data", () => {
  for (const rule of data.rules) assert.ok(byId.get(rule.model), rule.model);
  assert.equal(data.models.length, models().length, "every model has a rule (a model without one can never be suggested)");
});

test("every model a rule names is recommended to some school: none is ruled out by the questions themselves", () => {
  const ever = new Set();
  for (const answers of everyProfile()) {
    const r = recommend(data, answers, Infinity);
    for (const m of [...r.tier1, ...r.tier2]) ever.add(m.model);
  }
  // Before planner edition 2 there was no "present at every session" answer and nothing above 20 training hours,
  // so six models (peer listening and peer counseling among them) could only ever be "within reach".
  assert.deepEqual([...new Set(data.rules.map((r) => r.model))].filter((m) => !ever.has(m)), []);
});

test("for every combination of profile answers, no recommended model misses a requirement of its page", () => {
  let combinations = 0;
  let recommended = 0;
  let within = 0;
  for (const answers of everyProfile()) {
    combinations += 1;
    const r = recommend(data, answers, Infinity);
    for (const m of [...r.tier1, ...r.tier2]) {
      recommended += 1;
      assert.deepEqual(violations(byId.get(m.model), answers), [], `${m.model} recommended for ${JSON.stringify(answers)}`);
      assert.deepEqual(m.gaps, []);
      assert.ok(data.rules.some((rule) => rule.model === m.model && rule.tier === m.tier && rule.when.every((c) => c.is.includes(answers[c.question]))),
        `${m.model} recommended without a rule whose purpose matches`);
    }
    for (const m of [...r.within1, ...r.within2]) {
      within += 1;
      const failed = violations(byId.get(m.model), answers);
      assert.deepEqual(m.gaps.map((g) => g.kind).sort(), failed.sort(), `${m.model} within reach for ${JSON.stringify(answers)}`);
      assert.ok(failed.length >= 1 && failed.length <= MAX_GAPS && !failed.includes("grades"));
      for (const g of m.gaps) assert.ok(!/unanswered|not answered/.test(gapText(g)), gapText(g));
    }
    const shown = [...r.tier1, ...r.tier2].map((m) => `${m.tier}:${m.model}`);
    for (const m of [...r.within1, ...r.within2]) assert.ok(!shown.includes(`${m.tier}:${m.model}`));
  }
  assert.equal(combinations, questions.reduce((n, q) => n * (q.options.length + 1), 1));
  // The check is not vacuous: the planner still recommends, and still shows models within reach.
  assert.ok(recommended > 1000 && within > 1000, `${recommended} recommended, ${within} within reach`);
});

test("issue 21: peer listening is not recommended with under an hour of adult time and a clinician only on call", () => {
  for (const answers of everyProfile()) {
    if (answers["staff-capacity"] !== "under-1" || answers["clinical-support"] !== "limited") continue;
    const r = recommend(data, answers, Infinity);
    assert.ok(!r.tier2.some((m) => m.model === "peer-listening"), JSON.stringify(answers));
  }
  // With the training it needs, it is within reach, and the page's words say what is missing.
  const r = recommend(data, { need: "stress", "staff-capacity": "under-1", "clinical-support": "limited", "training-hours": "over-twenty", reach: "some", grades: "high" });
  const listening = r.within2.find((m) => m.model === "peer-listening");
  assert.deepEqual(listening.gaps.map(gapText), [
    "needs at least 3 hours of adult time a week; you have less than 1",
    "needs a clinician at every session; you have one on call",
  ]);
});

test("issue 21: peer mentoring is not recommended to a middle school with no clinician and under 4 hours of training", () => {
  let checked = 0;
  for (const answers of everyProfile()) {
    if (answers.grades !== "middle" || answers["clinical-support"] !== "none" || answers["training-hours"] !== "under-4") continue;
    checked += 1;
    const r = recommend(data, answers, Infinity);
    assert.ok(!r.tier2.some((m) => m.model === "peer-mentoring"), JSON.stringify(answers));
  }
  assert.ok(checked > 0);
  const r = recommend(data, { need: "transitions", "staff-capacity": "over-five", "clinical-support": "none", "training-hours": "under-4", reach: "some", grades: "middle" });
  assert.deepEqual(r.within2.find((m) => m.model === "peer-mentoring").gaps.map(gapText), [
    "needs at least 12 hours of training for each peer; you have less than 4",
    "needs a clinician with regular time set aside for the program; you have none at the moment",
  ]);
});

test("a school that meets every requirement gets the model, named with the rule's reason", () => {
  const answers = { need: "transitions", "staff-capacity": "over-five", "clinical-support": "weekly", "training-hours": "eight-to-twenty", reach: "some", grades: "middle" };
  assert.deepEqual(violations(byId.get("befriending"), answers), []);
  assert.ok(recommend(data, answers).tier2.some((m) => m.model === "befriending"));
  // 8 to 20 hours is not the 12 mentoring needs: within reach, one gap.
  assert.deepEqual(recommend(data, answers).within2.find((m) => m.model === "peer-mentoring").gaps.map((g) => g.kind), ["training"]);
});

test("gaps compare the bottom of each answer with the model's minimum, and a K-12 model fits any grades", () => {
  const model = { model: "m", trainingMin: 4, clinicalSupport: "on_call", adultHoursMin: 1, gradesFrom: 6, gradesTo: 12 };
  const school = (a) => capacity({ "training-hours": "four-to-eight", "staff-capacity": "one-to-two", "clinical-support": "limited", grades: "middle", ...a });
  assert.deepEqual(gaps(model, school({})), []);
  assert.deepEqual(gaps(model, school({ "training-hours": "under-4", "clinical-support": "none", grades: "elementary" })).map((g) => g.kind), ["training", "clinical", "grades"]);
  assert.deepEqual(gaps(model, capacity({})).map((g) => g.have), [undefined, undefined, undefined, undefined]);
  assert.deepEqual(gaps({ ...model, trainingMin: 0, adultHoursMin: 0, clinicalSupport: "none", gradesFrom: 0 }, capacity({})), []);
});

test("gaps read naturally in Spanish", () => {
  try {
    useLanguage("es");
    const school = capacity({ "training-hours": "four-to-eight", "clinical-support": "limited", "staff-capacity": "over-five" });
    const text = gaps({ trainingMin: 15, adultHoursMin: 6, clinicalSupport: "every_session", gradesFrom: 0, gradesTo: 12 }, school).map(gapText);
    assert.deepEqual(text, [
      "necesita al menos 15 horas de capacitación por compañero; usted tiene de 4 a 8",
      "necesita al menos 6 horas semanales de un adulto; usted tiene más de 5",
      "necesita un profesional clínico presente en cada sesión; usted tiene uno solo cuando surge algo",
    ]);
  } finally {
    useLanguage("en");
  }
});
