// The action plan, NCSMH style: pick one to three priorities (the weakest sections are suggested), and
// for each write a few steps saying what will happen, who does it, by when and how we will know, with a
// red/amber/green status (Anna Freud's 5 Steps: not yet, working towards, achieved).
import { weakest } from "./scoring.js";
import { MAX_PRIORITIES, STEPS_PER_PRIORITY, STATUSES, emptyStep } from "./state.js";

/** The priorities in force: the user's own choice, or the weakest rated sections until they choose. */
export function chosenPriorities(state, scores) {
  if (Array.isArray(state.priorities)) return state.priorities;
  return weakest(scores.sections).filter((s) => s.percent !== null).slice(0, MAX_PRIORITIES).map((s) => s.id);
}

/** Links of a section and of its questions, without repeats, in the order they are written. */
export function helpLinks(section) {
  const seen = new Set();
  return [...section.links, ...section.questions.flatMap((q) => q.links)].filter((l) => !seen.has(l.url) && seen.add(l.url));
}

/** A priority's steps, always STEPS_PER_PRIORITY of them, filled in with what was written. */
export function stepsOf(state, id) {
  return Array.from({ length: STEPS_PER_PRIORITY }, (_, i) => ({ ...emptyStep(), ...(state.plan[id] ?? [])[i] }));
}

/** True when a step has anything written in it. */
export function isWritten(step) {
  return Boolean(step.what || step.who || step.when || step.measure);
}

/**
 * Each chosen priority with its score, suggested steps (the section's own, less those already taken into the plan),
 * the pages that help and the steps written so far.
 */
export function actionPlan(data, state, scores) {
  return chosenPriorities(state, scores).map((id) => {
    const section = data.sections.find((s) => s.id === id);
    const score = scores.sections.find((s) => s.id === id);
    const steps = stepsOf(state, id);
    const taken = new Set(steps.map((s) => s.what.trim()));
    return {
      id, title: section.title, percent: score.percent, level: score.level, suggestions: section.actions.filter((a) => !taken.has(a)),
      links: helpLinks(section), steps, full: steps.every(isWritten),
    };
  });
}

/** Every suggestion still open across the priorities, weakest section first: at least three when the sections have them. */
export function suggestedActions(data, state, scores) {
  return actionPlan(data, state, scores).flatMap((item) => item.suggestions.map((text) => ({ section: item.id, title: item.title, text })));
}

/** Returns a new state with a priority added or removed; refuses a fourth. */
export function togglePriority(state, scores, id, on) {
  const current = chosenPriorities(state, scores).filter((p) => p !== id);
  const priorities = on ? [...current, id] : current;
  if (priorities.length > MAX_PRIORITIES) return state;
  return { ...state, priorities };
}

/** Returns a new state with one field of one step of a priority changed; a status must be one of STATUSES. */
export function setStepField(state, id, index, field, value) {
  if (field === "status" && !STATUSES.includes(value)) return state;
  const steps = stepsOf(state, id);
  steps[index] = { ...steps[index], [field]: value };
  return { ...state, plan: { ...state.plan, [id]: steps } };
}

/**
 * Takes a suggestion into the first empty step of its section, in one click; the section becomes a chosen priority
 * if it was only suggested. Returns the state unchanged, and index -1, when every step is written.
 */
export function acceptSuggestion(state, scores, id, text) {
  const steps = stepsOf(state, id);
  const index = steps.findIndex((s) => !isWritten(s));
  if (index < 0) return { state, index: -1 };
  const chosen = chosenPriorities(state, scores);
  const withPriority = chosen.includes(id) ? { ...state, priorities: chosen } : togglePriority(state, scores, id, true);
  return { state: setStepField(withPriority, id, index, "what", text), index };
}
