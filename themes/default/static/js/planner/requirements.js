// What a school can give, read from its profile answers, against what each model needs (its page's front matter,
// copied into the planner data as `models` by the build). A model is only recommended when every requirement is
// met, so a recommendation can never contradict its model page.
//
// Each answer is a range, and the school is taken to have only the bottom of it: "1 to 2 hours" meets a model that
// needs 1 hour, not one that needs 2. "A mix across those ranges" of grades is K-12; a model's grades need only
// overlap the school's, because a program runs for the grades it suits.
import { t, number } from "../strings.js";

/** The clinical support levels, from least to most, as the model pages name them. */
export const CLINICAL_LEVELS = ["none", "on_call", "regular_check_ins", "every_session"];

/**
 * The profile questions that describe what a school can give, and what each of their answers means.
 * tests/planner-js/requirements.test.mjs checks that every option of these questions in content/planner/sections.yml is here.
 */
export const PROFILE = {
  adultHours: {
    question: "staff-capacity",
    options: { "under-1": { min: 0, max: 1 }, "one-to-two": { min: 1, max: 2 }, "three-to-five": { min: 3, max: 5 }, "over-five": { min: 5, max: null } },
  },
  training: {
    question: "training-hours",
    options: {
      "under-4": { min: 0, max: 4 }, "four-to-eight": { min: 4, max: 8 }, "eight-to-twenty": { min: 8, max: 20 },
      "over-twenty": { min: 20, max: 30 }, "over-thirty": { min: 30, max: null },
    },
  },
  clinical: {
    question: "clinical-support",
    options: { none: "none", limited: "on_call", weekly: "regular_check_ins", "every-session": "every_session" },
  },
  grades: {
    question: "grades",
    options: { elementary: { from: 0, to: 5 }, middle: { from: 6, to: 8 }, high: { from: 9, to: 12 }, mixed: { from: 0, to: 12 } },
  },
};

/** What the answers say the school can give; a field is undefined while its question is unanswered. */
export function capacity(answers) {
  const pick = (key) => PROFILE[key].options[answers[PROFILE[key].question]];
  return { adultHours: pick("adultHours"), training: pick("training"), clinical: pick("clinical"), grades: pick("grades") };
}

/** True when the school's grades and the model's share at least one grade; a K-12 model fits any school. */
export function gradesFit(model, grades) {
  if (model.gradesFrom <= 0 && model.gradesTo >= 12) return true;
  return grades !== undefined && model.gradesFrom <= grades.to && grades.from <= model.gradesTo;
}

/**
 * The requirements of `model` that the school does not meet, each as { kind, need, have }: kind is "training",
 * "adult_hours", "clinical" or "grades"; `have` is undefined when the question is unanswered. Empty: the model fits.
 */
export function gaps(model, school) {
  const found = [];
  if (!(school.training && school.training.min >= model.trainingMin) && model.trainingMin > 0) {
    found.push({ kind: "training", need: model.trainingMin, have: school.training });
  }
  if (!(school.adultHours && school.adultHours.min >= model.adultHoursMin) && model.adultHoursMin > 0) {
    found.push({ kind: "adult_hours", need: model.adultHoursMin, have: school.adultHours });
  }
  const needed = CLINICAL_LEVELS.indexOf(model.clinicalSupport);
  if (needed !== 0 && !(school.clinical && CLINICAL_LEVELS.indexOf(school.clinical) >= needed)) {
    found.push({ kind: "clinical", need: model.clinicalSupport, have: school.clinical });
  }
  if (!gradesFit(model, school.grades)) found.push({ kind: "grades", need: { from: model.gradesFrom, to: model.gradesTo }, have: school.grades });
  return found;
}

/** A range of hours in words: "4 to 8", "less than 4", "more than 20". */
export function rangeText(range) {
  if (range === undefined) return t("planner.range.unanswered");
  if (range.max === null) return t("planner.range.over", { min: number(range.min) });
  if (range.min === 0) return t("planner.range.under", { max: number(range.max) });
  return t("planner.range.between", { min: number(range.min), max: number(range.max) });
}

function clinicalNeed(level) {
  if (level === "every_session") return t("planner.clinical_need.every_session");
  if (level === "regular_check_ins") return t("planner.clinical_need.regular_check_ins");
  return t("planner.clinical_need.on_call");
}

function clinicalHave(level) {
  if (level === undefined) return t("planner.range.unanswered");
  if (level === "regular_check_ins") return t("planner.clinical_have.regular_check_ins");
  if (level === "on_call") return t("planner.clinical_have.on_call");
  return t("planner.clinical_have.none");
}

/** A gap in words: "needs at least 15 hours of training for each peer; you have 4 to 8". */
export function gapText(gap) {
  if (gap.kind === "training") return t("planner.gap.training", { need: number(gap.need), have: rangeText(gap.have) });
  if (gap.kind === "adult_hours") return t("planner.gap.adult_hours", { need: number(gap.need), have: rangeText(gap.have) });
  if (gap.kind === "clinical") return t("planner.gap.clinical", { need: clinicalNeed(gap.need), have: clinicalHave(gap.have) });
  return t("planner.gap.grades", { from: gradeText(gap.need.from), to: gradeText(gap.need.to) });
}

function gradeText(grade) {
  return grade === 0 ? t("planner.kindergarten") : number(grade);
}
