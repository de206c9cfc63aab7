// The planner's saved state: its versioned schema, migration from older versions, checks on anything read
// from storage, a file or a link, and the export and share formats. No DOM here, so node can test it.
import { t } from "../strings.js";
import { ratedSections } from "./scoring.js";

export const SCHEMA = 3;
export const STORAGE_KEY = "peerhub.planner";
export const FORMAT = "peerhub-planner";
export const MAX_PRIORITIES = 3;
export const STEPS_PER_PRIORITY = 3;
export const MAX_TEXT = 300;
/** A rater's label: a role ("Counselor", "Rater B"), never a name. */
export const MAX_RATER = 40;
export const MAX_LABEL = 80;
/** An action's status, after Anna Freud's 5 Steps red/amber/green: not in place, working towards, achieved. */
export const STATUSES = ["not_yet", "working", "achieved"];
/** Dated snapshots kept; past this, the oldest (the baseline) and the newest are kept (pruneHistory). */
export const MAX_SNAPSHOTS = 24;
/** How often the team plans to rate again, in months (Anna Freud's 5 Steps: every three to six months). */
export const REVISIT_MIN = 3;
export const REVISIT_MAX = 6;
export const REVISIT_DEFAULT = 6;
const MAX_FILE_BYTES = 1_000_000;
const FIELDS_OF_STEP = ["what", "who", "when", "measure"];

/**
 * A planner with nothing answered. `priorities` is null until the user picks their own; `plan` holds, for each
 * priority section, its steps { what, who, when, measure, status }; `history` the dated snapshots, oldest first.
 */
export function emptyState() {
  return { schema: SCHEMA, answers: {}, step: "start", priorities: null, plan: {}, rater: "", history: [], revisitMonths: REVISIT_DEFAULT };
}

/** An action step with nothing written yet. */
export function emptyStep() {
  return { what: "", who: "", when: "", measure: "", status: "not_yet" };
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

/** Schema 1 (the first release) kept answers as [question, option] pairs, the step as a number, and one note per section. */
function fromSchema1(raw, data) {
  if (!Array.isArray(raw.answers)) throw new PlannerStateError(t("planner.state.answers_not_list"));
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
  return { schema: 2, answers, step, priorities: noted.length ? noted.slice(0, MAX_PRIORITIES) : null, plan };
}

/**
 * Schema 2 had answers, step, priorities and a plan of { what, who, when } steps. Schema 3 adds each step's measure
 * ("how we will know") and status, the rater's label, the dated history and the revisit interval; sanitize() fills
 * them in, so 2 becomes 3 by taking everything over as it is.
 */
function fromSchema2(raw) {
  return { ...raw, schema: SCHEMA, rater: "", history: [], revisitMonths: REVISIT_DEFAULT };
}

/** Brings saved state of any known schema up to the current one, a schema at a time. */
export function migrate(raw, data) {
  if (!isObject(raw)) throw new PlannerStateError(t("planner.state.not_object"));
  const version = raw.schema ?? raw.version;
  if (version === 1) return fromSchema2(fromSchema1(raw, data));
  if (version === 2) return fromSchema2(raw);
  if (version === SCHEMA) return raw;
  if (typeof version === "number" && version > SCHEMA) {
    throw new PlannerStateError(t("planner.state.newer_schema", { version, schema: SCHEMA }));
  }
  throw new PlannerStateError(t("planner.state.unknown_schema"));
}

function text(value, max = MAX_TEXT) {
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** One action step, with every field a string of its size and a known status. */
function cleanStep(step) {
  if (!isObject(step)) return emptyStep();
  const clean = Object.fromEntries(FIELDS_OF_STEP.map((f) => [f, text(step[f])]));
  return { ...clean, status: STATUSES.includes(step.status) ? step.status : "not_yet" };
}

/** Answers to known questions with known options; counts what was dropped. */
function cleanAnswers(raw, data) {
  const answers = {};
  let dropped = 0;
  for (const [qid, oid] of Object.entries(raw)) {
    const question = data.sections.flatMap((s) => s.questions).find((q) => q.id === qid);
    if (question && typeof oid === "string" && question.options.some((o) => o.id === oid)) answers[qid] = oid;
    else dropped += 1;
  }
  return { answers, dropped };
}

/** The plan of rated sections only, each with its steps cleaned. */
function cleanPlan(raw, data) {
  const rated = new Set(ratedSections(data).map((s) => s.id));
  const plan = {};
  for (const [section, steps] of Object.entries(isObject(raw) ? raw : {})) {
    if (!rated.has(section) || !Array.isArray(steps)) continue;
    plan[section] = steps.slice(0, STEPS_PER_PRIORITY).map(cleanStep);
  }
  return plan;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(value + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Snapshots with a usable id and day, their answers and plans cleaned like the state's, oldest first. */
function cleanHistory(raw, data) {
  if (!Array.isArray(raw)) return [];
  const seen = new Set();
  const kept = [];
  for (const snap of raw) {
    if (!isObject(snap) || typeof snap.id !== "string" || !/^[A-Za-z0-9_-]{1,40}$/.test(snap.id) || seen.has(snap.id) || !isDay(snap.date)) continue;
    seen.add(snap.id);
    const entry = { id: snap.id, date: snap.date, answers: cleanAnswers(isObject(snap.answers) ? snap.answers : {}, data).answers, plan: cleanPlan(snap.plan, data) };
    const label = typeof snap.label === "string" ? snap.label.trim().slice(0, MAX_LABEL) : "";
    if (label) entry.label = label;
    kept.push(entry);
  }
  // Sorting is stable, so snapshots of the same day keep the order they were taken in.
  kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return pruneHistory(kept);
}

/**
 * At most MAX_SNAPSHOTS snapshots, oldest first. Past that, the oldest is kept (the team's baseline, which every
 * later rating is compared with) and so are the newest; the ones dropped are the oldest but one.
 */
export function pruneHistory(history) {
  return history.length > MAX_SNAPSHOTS ? [history[0], ...history.slice(history.length - MAX_SNAPSHOTS + 1)] : history;
}

/**
 * Keeps only what the current questions know: answers to unknown questions or with unknown options are
 * dropped, the step must exist, priorities must be rated sections, plan text is trimmed to size, statuses must be
 * known, snapshots must be dated, and the revisit interval must be three to six months.
 */
export function sanitize(state, data) {
  if (!isObject(state.answers)) throw new PlannerStateError(t("planner.state.answers_not_pairs"));
  const { answers, dropped } = cleanAnswers(state.answers, data);
  const rated = new Set(ratedSections(data).map((s) => s.id));
  const priorities = Array.isArray(state.priorities)
    ? [...new Set(state.priorities.filter((p) => rated.has(p)))].slice(0, MAX_PRIORITIES)
    : null;
  const plan = cleanPlan(state.plan, data);
  const step = stepIds(data).includes(state.step) ? state.step : "start";
  const rater = typeof state.rater === "string" ? state.rater.trim().slice(0, MAX_RATER) : "";
  const history = cleanHistory(state.history, data);
  const months = Number.isInteger(state.revisitMonths) && state.revisitMonths >= REVISIT_MIN && state.revisitMonths <= REVISIT_MAX ? state.revisitMonths : REVISIT_DEFAULT;
  return { state: { schema: SCHEMA, answers, step, priorities, plan, rater, history, revisitMonths: months }, dropped };
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
    const why = e instanceof PlannerStateError ? e.message : t("planner.state.not_json");
    return { state: emptyState(), problem: why, migrated: false };
  }
}

/**
 * Saves the state in `store` (localStorage, or anything with its setItem). Storage can be full or refused (private
 * modes, quotas): then nothing throws, the caller keeps the state in memory and reports `problem`, and export still works.
 */
export function writeStored(store, state, now = new Date()) {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ ...state, updated: now.toISOString() }));
    return { saved: true, problem: null };
  } catch (e) {
    const full = e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22);
    return { saved: false, problem: full ? "full" : "unavailable" };
  }
}

/**
 * The export's file name: the rater's role when given, so a facilitator's downloads folder tells the team's files
 * apart ("peerhub-plan-counselor-2026-12-05.json"); letters and digits only, as every system allows.
 */
export function exportFileName(state, now = new Date()) {
  const role = (state.rater ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  return `peerhub-plan-${role ? role + "-" : ""}${now.toISOString().slice(0, 10)}.json`;
}

/** What the export file holds: the state plus a format marker, so a foreign file can be told apart; the history travels with it. */
export function toExport(state, now = new Date()) {
  return {
    format: FORMAT, schema: SCHEMA, exported: now.toISOString(), rater: state.rater ?? "", answers: state.answers, step: state.step,
    priorities: state.priorities, plan: state.plan, revisitMonths: state.revisitMonths ?? REVISIT_DEFAULT, history: state.history ?? [],
  };
}

/** Checks an imported file's text; throws PlannerStateError with a message for the user when it is not a plan. */
export function readImport(text, data, what = "file") {
  const kind = what === "link" ? "link" : "file";
  const subject = t(`planner.state.subject.${kind}`);
  if (text.length > MAX_FILE_BYTES) throw new PlannerStateError(t("planner.state.too_large", { subject }));
  let raw;
  try { raw = JSON.parse(text); } catch { throw new PlannerStateError(t("planner.state.import_not_json", { subject })); }
  if (!isObject(raw) || raw.format !== FORMAT) {
    throw new PlannerStateError(t("planner.state.not_export", { subject }));
  }
  let state;
  try { state = sanitize(migrate(raw, data), data); } catch (e) {
    throw new PlannerStateError(t("planner.state.unusable", { subject, problem: e instanceof PlannerStateError ? e.message : t("planner.state.damaged_file") }));
  }
  if (Object.keys(state.state.answers).length === 0 && isObject(raw.answers) && Object.keys(raw.answers).length > 0) {
    throw new PlannerStateError(t(`planner.state.no_match.${kind}`));
  }
  return state;
}

/** Reads the base64url of share links made before format 3. */
function fromBase64Url(str) {
  const binary = atob(str.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

// ---- share links
//
// A link carries the plan in its fragment, which browsers never send to a server. Links made before share format 3
// held the whole state as base64url JSON (`#plan=...`, about 2,000 characters for a finished plan); they still open.
// Format 3 (`#p=3.KEY.ANSWERS.PRIORITIES.TEXT`) is compact enough for a text message:
// - KEY: a hash of every question and option id in order, so a link made for other questions is refused rather than
//   read into the wrong answers;
// - ANSWERS: one character per question, in the planner's order: `0` for no answer, else the option's position + 1
//   (DIGITS below); trailing `0`s are left off;
// - PRIORITIES: `_` when the user has not chosen (the weakest sections are suggested), else one character per chosen
//   section's position;
// - TEXT: the written plan, for each section with text its position then its nine fields (what, who, when of each
//   step), all joined by `~`; each field percent-encoded except letters, digits, `-`, `_` and `.`, with `+` for a
//   space, so ordinary words cost one character each (base64 would cost four for three) and the link holds only
//   characters that messaging apps keep inside a link; empty when nothing is written.

export const SHARE_FORMAT = 3;
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const FIELDS = ["what", "who", "when"];

function allQuestions(data) {
  return data.sections.flatMap((s) => s.questions);
}

/**
 * The questions as they stood in an edition of the planner: an answer added later (`addedIn`, 2 or more) is left
 * out of the editions before it, so a link made then reads its positions against the options it was made with.
 */
export function asInEdition(data, edition) {
  const options = (q) => q.options.filter((o) => (o.addedIn ?? 1) <= edition);
  return { ...data, sections: data.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, options: options(q) })) })) };
}

/** The latest edition any answer names; 1 when no answer was added after the first release. */
export function latestEdition(data) {
  return Math.max(1, ...allQuestions(data).flatMap((q) => q.options.map((o) => o.addedIn ?? 1)));
}

/** FNV-1a over the question and option ids, in base 36: changes whenever a link's positions would mean other answers. */
export function questionsKey(data) {
  return fnv1a(allQuestions(data).map((q) => `${q.id}:${q.options.map((o) => o.id).join(",")}`).join(";") + "|" + data.sections.map((s) => s.id).join(","));
}

/** FNV-1a (32-bit) of a text's UTF-8 bytes, in base 36: a short key that changes when the text does. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The URL fragment (without #) that carries a plan, in share format 3. */
export function encodeShare(state, data) {
  const answers = allQuestions(data).map((q) => {
    const index = q.options.findIndex((o) => o.id === state.answers[q.id]);
    return index >= 0 && index + 1 < DIGITS.length ? DIGITS[index + 1] : "0";
  }).join("").replace(/0+$/, "");
  const position = (id) => data.sections.findIndex((s) => s.id === id);
  const priorities = Array.isArray(state.priorities)
    ? state.priorities.map(position).filter((i) => i >= 0 && i < DIGITS.length).map((i) => DIGITS[i]).join("")
    : "_";
  const written = [];
  for (const [id, steps] of Object.entries(state.plan ?? {})) {
    const fields = Array.from({ length: STEPS_PER_PRIORITY }, (_, i) => FIELDS.map((f) => (steps ?? [])[i]?.[f] ?? "")).flat();
    if (fields.some((f) => f !== "") && position(id) >= 0 && position(id) < DIGITS.length) written.push(DIGITS[position(id)], ...fields.map(escapeText));
  }
  const text = written.join("~");
  return `p=${SHARE_FORMAT}.${questionsKey(data)}.${answers}.${priorities}.${text}`;
}

/** The message for a shared link that cannot be read, in the page's language (read when needed, not on loading). */
const damaged = () => t("planner.state.damaged_link");

/** A field of the plan as link text: see TEXT above. */
function escapeText(value) {
  return encodeURIComponent(value).replace(/[!'()*~]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+");
}

function unescapeText(value) {
  try { return decodeURIComponent(value.replace(/\+/g, "%20")); } catch { throw new PlannerStateError(damaged()); }
}

/** Reads a format 3 link into a raw state for sanitize(); throws PlannerStateError when it cannot be read. */
function readCompact(version, key, answerText, priorityText, text, data) {
  if (Number(version) > SHARE_FORMAT) {
    throw new PlannerStateError(t("planner.state.newer_link", { version, format: SHARE_FORMAT }));
  }
  if (Number(version) !== SHARE_FORMAT) throw new PlannerStateError(damaged());
  // A link made before answers were added carries the key of its edition; its positions count that edition's options.
  let edition = latestEdition(data);
  while (edition >= 1 && key !== questionsKey(asInEdition(data, edition))) edition -= 1;
  if (edition < 1) throw new PlannerStateError(t("planner.state.other_questions"));
  const questions = allQuestions(asInEdition(data, edition));
  if (answerText.length > questions.length) throw new PlannerStateError(damaged());
  const answers = {};
  [...answerText].forEach((digit, i) => {
    const n = DIGITS.indexOf(digit);
    if (n < 0) throw new PlannerStateError(damaged());
    if (n > 0) answers[questions[i].id] = questions[i].options[n - 1]?.id ?? "";
  });
  const section = (digit) => {
    const s = digit.length === 1 ? data.sections[DIGITS.indexOf(digit)] : undefined;
    if (!s) throw new PlannerStateError(damaged());
    return s.id;
  };
  const priorities = priorityText === "_" ? null : [...priorityText].map(section);
  const plan = {};
  if (text) {
    const tokens = text.split("~");
    const size = 1 + STEPS_PER_PRIORITY * FIELDS.length;
    if (tokens.length % size !== 0) throw new PlannerStateError(damaged());
    for (let at = 0; at < tokens.length; at += size) {
      const fields = tokens.slice(at + 1, at + size).map(unescapeText);
      plan[section(tokens[at])] = Array.from({ length: STEPS_PER_PRIORITY }, (_, i) => Object.fromEntries(FIELDS.map((f, j) => [f, fields[i * FIELDS.length + j]])));
    }
  }
  return { schema: SCHEMA, answers, step: "results", priorities, plan };
}

/**
 * Reads a shared plan from a fragment, in share format 3 or the older `plan=` format; null when the fragment carries
 * none, PlannerStateError when it is damaged or made for other questions.
 */
export function decodeShare(fragment, data) {
  const compact = /^#?p=(\d+)\.([0-9a-z]+)\.([0-9A-Za-z]*)\.(_|[0-9A-Za-z]*)\.([A-Za-z0-9_.~+%-]*)$/.exec(fragment || "");
  if (compact) {
    const { state } = sanitize(readCompact(...compact.slice(1), data), data);
    return { state: { ...state, step: "results" } };
  }
  if (/^#?p=/.test(fragment || "")) throw new PlannerStateError(damaged());
  const match = /^#?plan=([A-Za-z0-9_-]+)$/.exec(fragment || "");
  if (!match) return null;
  let text;
  try { text = fromBase64Url(match[1]); } catch { throw new PlannerStateError(damaged()); }
  const { state } = readImport(text, data, "link");
  return { state: { ...state, step: "results" } };
}
