// Readiness scoring, after the Campus Mental Health Action Tracker: each rated answer earns its points,
// answers without a score ("I don't know") count neither way, and a score is the share of possible points.
import { t } from "../strings.js";

/** The band a percentage falls in, in words, so the chart never relies on colour alone. */
export function levelOf(percent) {
  if (percent === null) return t("planner.level.not_rated");
  if (percent < 25) return t("planner.level.getting_started");
  if (percent < 50) return t("planner.level.taking_steps");
  if (percent < 75) return t("planner.level.good_progress");
  return t("planner.level.nearly_there");
}

function maxScore(question) {
  return Math.max(0, ...question.options.map((o) => (typeof o.score === "number" ? o.score : 0)));
}

/** Points, possible points and percentage for a list of rated questions, given the answers by question id. */
export function scoreQuestions(questions, answers) {
  let points = 0;
  let possible = 0;
  let answered = 0;
  let unknown = 0;
  for (const question of questions) {
    const chosen = question.options.find((o) => o.id === answers[question.id]);
    if (!chosen) continue;
    answered += 1;
    if (typeof chosen.score !== "number") { unknown += 1; continue; }
    points += chosen.score;
    possible += maxScore(question);
  }
  const percent = possible === 0 ? null : Math.round((points / possible) * 100);
  return { points, possible, percent, answered, unknown, total: questions.length, level: levelOf(percent) };
}

/** The sections a school rates itself on: every section but the school profile, in planner order. */
export function ratedSections(data) {
  return data.sections.filter((s) => s.group !== "profile");
}

/** A section's rated questions (a rated section may also hold questions that only inform the plan). */
export function ratedQuestionsOf(section) {
  return section.questions.filter((q) => q.rated);
}

/** Every rated question of the planner, in planner order. */
export function ratedQuestions(data) {
  return ratedSections(data).flatMap(ratedQuestionsOf);
}

/** Readiness of every rated section, in planner order, and overall across all rated questions. */
export function readiness(data, answers) {
  const sections = ratedSections(data).map((s) => ({ id: s.id, title: s.title, group: s.group, ...scoreQuestions(ratedQuestionsOf(s), answers) }));
  const overall = scoreQuestions(ratedQuestions(data), answers);
  return { sections, overall };
}

/** Rated sections from weakest to strongest; sections nobody could rate come last. Ties keep planner order. */
export function weakest(sections) {
  return sections
    .map((s, index) => ({ s, index }))
    .sort((a, b) => {
      const pa = a.s.percent === null ? Infinity : a.s.percent;
      const pb = b.s.percent === null ? Infinity : b.s.percent;
      return pa - pb || a.index - b.index;
    })
    .map((x) => x.s);
}

/** How many questions of the whole planner have an answer, for the progress line. */
export function progress(data, answers) {
  const all = data.sections.flatMap((s) => s.questions);
  return { answered: all.filter((q) => q.options.some((o) => o.id === answers[q.id])).length, total: all.length };
}
