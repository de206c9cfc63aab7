// Comparing two ratings (two snapshots, or a snapshot and today's answers): what went up and what went down, per
// section and per question, and each section's score over time. No DOM here, so node can test it.
// "I don't know" has no score, so a question answered "I don't know" on either side cannot be said to have gone up
// or down: its change is "unknown", shown in words, and it is left out of both scores as everywhere else.
import { scoreQuestions, readiness, ratedSections, ratedQuestionsOf, ratedQuestions } from "./scoring.js";

/** The change between two numbers, either of which may be null (not rated, or "I don't know"). */
export function changeOf(before, after) {
  if (before === null || before === undefined || after === null || after === undefined) return "unknown";
  return after > before ? "up" : after < before ? "down" : "same";
}

/** One question's answer on one side: the option's label and score (null for "I don't know"), or null when unanswered. */
function answerOf(question, answers) {
  const option = question.options.find((o) => o.id === answers[question.id]);
  return option ? { id: option.id, label: option.label, score: typeof option.score === "number" ? option.score : null } : null;
}

/** How one question changed; a question unanswered on both sides, or answered the same, is "same". */
function questionChange(question, before, after) {
  const a = answerOf(question, before);
  const b = answerOf(question, after);
  const change = a?.id === b?.id ? "same" : changeOf(a?.score, b?.score);
  return { id: question.id, text: question.text, before: a, after: b, change };
}

function scoreChange(questions, before, after) {
  const a = scoreQuestions(questions, before);
  const b = scoreQuestions(questions, after);
  return { before: a.percent, after: b.percent, change: changeOf(a.percent, b.percent), delta: a.percent === null || b.percent === null ? null : b.percent - a.percent };
}

/**
 * Compares the answers `before` with `after`: overall and for every rated section its percentage on each side,
 * whether it went up, down, stayed the same or cannot be compared, and the same for each of its questions.
 * `up` and `down` list the sections that moved, largest move first.
 */
export function compareAnswers(data, before, after) {
  const sections = ratedSections(data).map((s) => {
    const questions = ratedQuestionsOf(s);
    return { id: s.id, title: s.title, ...scoreChange(questions, before, after), questions: questions.map((q) => questionChange(q, before, after)) };
  });
  const overall = scoreChange(ratedQuestions(data), before, after);
  const moved = (change) => sections.filter((s) => s.change === change).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  return { overall, sections, up: moved("up"), down: moved("down") };
}

/**
 * Each point (a snapshot, or today's answers) with its overall and per-section percentages, in the order given:
 * the rows of the chart and table of scores over time.
 */
export function timeline(data, points) {
  return points.map((p) => {
    const scores = readiness(data, p.answers);
    return { id: p.id, date: p.date, label: p.label, overall: scores.overall.percent, sections: Object.fromEntries(scores.sections.map((s) => [s.id, s.percent])) };
  });
}

/** The snapshots and today's answers as points to compare, oldest first; "now" is always last. */
export function points(state) {
  return [...state.history.map((s) => ({ id: s.id, date: s.date, label: s.label, answers: s.answers, plan: s.plan })),
    { id: "now", date: null, answers: state.answers, plan: state.plan }];
}
