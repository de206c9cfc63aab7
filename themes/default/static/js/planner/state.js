// The planner's saved state: its versioned schema, migration from older versions, checks on anything read
// from storage, a file or a link, and the export and share formats. No DOM here, so node can test it.

export const SCHEMA = 2;
export const STORAGE_KEY = "peerhub.planner";
export const FORMAT = "peerhub-planner";
export const MAX_PRIORITIES = 3;
export const STEPS_PER_PRIORITY = 3;
export const MAX_TEXT = 300;
const MAX_FILE_BYTES = 1_000_000;

/** A planner with nothing answered. `priorities` is null until the user picks their own. */
export function emptyState() {
  return { schema: SCHEMA, answers: {}, step: "start", priorities: null, plan: {} };
}

/** The ids of every step: the start page, each section, and the results. */
export function stepIds(data) {
  return ["start", ...data.sections.map((s) => s.id), "results"];
}

/** An error whose message is meant for the person using the planner. */
export class PlannerStateError extends Error {}

function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Brings saved state of any known schema up to the current one. Schema 1 (the first release) kept answers as
 * [question, option] pairs, the step as a number, and one free-text note per section.
 */
export function migrate(raw, data) {
  if (!isObject(raw)) throw new PlannerStateError("the saved planner is not an object");
  const version = raw.schema ?? raw.version;
  if (version === 1) {
    if (!Array.isArray(raw.answers)) throw new PlannerStateError("the saved answers (schema 1) are not a list");
    const answers = {};
    for (const pair of raw.answers) {
      if (Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string") answers[pair[0]] = pair[1];
    }
    const steps = stepIds(data);
    const step = Number.isInteger(raw.stepIndex) && raw.stepIndex >= 0 && raw.stepIndex < steps.length ? steps[raw.stepIndex] : "start";
    const plan = {};
    const notes = isObject(raw.notes) ? raw.notes : {};
    for (const [section, note] of Object.entries(notes)) {
      if (typeof note === "string" && note.trim()) plan[section] = [{ what: note, who: "", when: "" }];
    }
    const noted = Object.keys(plan);
    return { schema: SCHEMA, answers, step, priorities: noted.length ? noted.slice(0, MAX_PRIORITIES) : null, plan };
  }
  if (version === SCHEMA) return raw;
  if (typeof version === "number" && version > SCHEMA) {
    throw new PlannerStateError(`it was saved by a newer version of the planner (schema ${version}); this page understands schema ${SCHEMA} and older`);
  }
  throw new PlannerStateError("it has no schema version this planner knows");
}

function text(value) {
  return typeof value === "string" ? value.slice(0, MAX_TEXT) : "";
}

/**
 * Keeps only what the current questions know: answers to unknown questions or with unknown options are
 * dropped, the step must exist, priorities must be rated sections, plan text is trimmed to size.
 */
export function sanitize(state, data) {
  if (!isObject(state.answers)) throw new PlannerStateError("the answers are not a set of question: answer pairs");
  const answers = {};
  let dropped = 0;
  for (const [qid, oid] of Object.entries(state.answers)) {
    const question = data.sections.flatMap((s) => s.questions).find((q) => q.id === qid);
    if (question && typeof oid === "string" && question.options.some((o) => o.id === oid)) answers[qid] = oid;
    else dropped += 1;
  }
  const rated = new Set(data.sections.filter((s) => s.group !== "profile").map((s) => s.id));
  const priorities = Array.isArray(state.priorities)
    ? [...new Set(state.priorities.filter((p) => rated.has(p)))].slice(0, MAX_PRIORITIES)
    : null;
  const plan = {};
  for (const [section, steps] of Object.entries(isObject(state.plan) ? state.plan : {})) {
    if (!rated.has(section) || !Array.isArray(steps)) continue;
    plan[section] = steps.slice(0, STEPS_PER_PRIORITY).map((s) => (isObject(s) ? { what: text(s.what), who: text(s.who), when: text(s.when) } : { what: "", who: "", when: "" }));
  }
  const step = stepIds(data).includes(state.step) ? state.step : "start";
  return { state: { schema: SCHEMA, answers, step, priorities, plan }, dropped };
}

/**
 * Reads what localStorage held. Returns the state, or a problem to report when it could not be read; the
 * caller sets the unreadable text aside rather than losing it.
 */
export function readStored(text, data) {
  if (text === null || text === undefined || text === "") return { state: emptyState(), problem: null, migrated: false };
  try {
    const raw = JSON.parse(text);
    const version = isObject(raw) ? raw.schema ?? raw.version : undefined;
    const { state } = sanitize(migrate(raw, data), data);
    return { state, problem: null, migrated: version !== SCHEMA };
  } catch (e) {
    const why = e instanceof PlannerStateError ? e.message : "it is not valid JSON";
    return { state: emptyState(), problem: why, migrated: false };
  }
}

/** What the export file holds: the state plus a format marker, so a foreign file can be told apart. */
export function toExport(state, now = new Date()) {
  return { format: FORMAT, schema: SCHEMA, exported: now.toISOString(), answers: state.answers, step: state.step, priorities: state.priorities, plan: state.plan };
}

/** Checks an imported file's text; throws PlannerStateError with a message for the user when it is not a plan. */
export function readImport(text, data, what = "file") {
  const subject = what === "link" ? "This shared link" : "This file";
  if (text.length > MAX_FILE_BYTES) throw new PlannerStateError(`${subject} is too large to be a planner export.`);
  let raw;
  try { raw = JSON.parse(text); } catch { throw new PlannerStateError(`${subject} is not valid JSON, so it cannot be a planner export.`); }
  if (!isObject(raw) || raw.format !== FORMAT) {
    throw new PlannerStateError(`${subject} is not a PeerHub planner export: it does not say "format": "peerhub-planner".`);
  }
  let state;
  try { state = sanitize(migrate(raw, data), data); } catch (e) {
    throw new PlannerStateError(`${subject} cannot be used: ${e instanceof PlannerStateError ? e.message : "it is damaged"}.`);
  }
  if (Object.keys(state.state.answers).length === 0 && isObject(raw.answers) && Object.keys(raw.answers).length > 0) {
    throw new PlannerStateError(`None of the answers in ${what === "link" ? "this link" : "this file"} match this planner's questions.`);
  }
  return state;
}

function toBase64Url(str) {
  const bytes = new TextEncoder().encode(str);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(str) {
  const binary = atob(str.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The URL fragment (without #) that carries a plan; fragments never reach the server. */
export function encodeShare(state) {
  return "plan=" + toBase64Url(JSON.stringify({ format: FORMAT, schema: SCHEMA, answers: state.answers, priorities: state.priorities, plan: state.plan }));
}

/** Reads a shared plan from a fragment; null when the fragment carries none, PlannerStateError when damaged. */
export function decodeShare(fragment, data) {
  const match = /^#?plan=([A-Za-z0-9_-]+)$/.exec(fragment || "");
  if (!match) return null;
  let text;
  try { text = fromBase64Url(match[1]); } catch { throw new PlannerStateError("The shared link is damaged: part of it may be missing."); }
  const { state } = readImport(text, data, "link");
  return { state: { ...state, step: "results" } };
}
