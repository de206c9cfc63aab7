// The action plan, NCSMH style: pick one to three priorities (the weakest sections are suggested), and
// for each write a few steps saying what will happen, who does it and by when.
import { weakest } from "./scoring.js";
import { MAX_PRIORITIES, STEPS_PER_PRIORITY } from "./state.js";

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

/** Each chosen priority with its score, suggested steps, the pages that help and the steps written so far. */
export function actionPlan(data, state, scores) {
  return chosenPriorities(state, scores).map((id) => {
    const section = data.sections.find((s) => s.id === id);
    const score = scores.sections.find((s) => s.id === id);
    const written = state.plan[id] ?? [];
    const steps = Array.from({ length: STEPS_PER_PRIORITY }, (_, i) => ({ what: "", who: "", when: "", ...written[i] }));
    return { id, title: section.title, percent: score.percent, level: score.level, suggestions: section.actions, links: helpLinks(section), steps };
  });
}

/** Returns a new state with a priority added or removed; refuses a fourth. */
export function togglePriority(state, scores, id, on) {
  const current = chosenPriorities(state, scores).filter((p) => p !== id);
  const priorities = on ? [...current, id] : current;
  if (priorities.length > MAX_PRIORITIES) return state;
  return { ...state, priorities };
}

/** Returns a new state with one field of one step of a priority changed. */
export function setStepField(state, id, index, field, value) {
  const steps = Array.from({ length: STEPS_PER_PRIORITY }, (_, i) => ({ what: "", who: "", when: "", ...(state.plan[id] ?? [])[i] }));
  steps[index] = { ...steps[index], [field]: value };
  return { ...state, plan: { ...state.plan, [id]: steps } };
}
