// The team view's logic: several raters' answers merged per question (every rating, the median, the spread, the
// "I don't know" count, a flag where raters differ by two points or more), the consensus meeting's agenda, and the
// agreed ratings written back as the team's assessment. No DOM here, so node can test it (tests/planner-js/team.test.mjs).
import { t } from "../strings.js";
import { PlannerStateError, readImport, decodeShare, sanitize, fnv1a } from "./state.js";
import { ratedSections, ratedQuestionsOf, ratedQuestions } from "./scoring.js";

export const TEAM_KEY = "peerhub.planner.team";
export const TEAM_SCHEMA = 1;
export const MEETING_LENGTHS = [45, 60];
/** Ratings this many scale points apart or more are flagged for discussion. */
export const FLAG_POINTS = 2;
export const MAX_LABEL = 40;
export const MAX_MEMBERS = 26;
/** Minutes set aside to open the meeting and to close it; the rest goes to the questions. */
const OPENING = 5;
const CLOSING = 5;
/** A flagged question gets this many times the minutes of a question the raters agree on. */
const FLAG_WEIGHT = 3;

/** A team session with nobody added yet. */
export function emptySession() {
  return { schema: TEAM_SCHEMA, members: [], agreed: {}, minutes: 60 };
}

function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A hash of a text, so the same file or link added twice is recognised without keeping its whole text. */
export function fingerprint(text) {
  return fnv1a(text.trim());
}

function cleanLabel(value) {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim().slice(0, MAX_LABEL) : "";
}

/** "Rater A", "Rater B"... : the first letter no member's label uses yet. */
export function nextLabel(members) {
  const taken = new Set(members.map((m) => m.label));
  for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
    const label = t("planner.team.rater", { letter });
    if (!taken.has(label)) return label;
  }
  return t("planner.team.rater", { letter: members.length + 1 });
}

/** A label no other member has: the chosen one, or it followed by 2, 3... */
function uniqueLabel(label, members) {
  const taken = new Set(members.map((m) => m.label));
  if (!taken.has(label)) return label;
  for (let n = 2; ; n += 1) if (!taken.has(`${label} ${n}`)) return `${label} ${n}`;
}

/** The fragment of a pasted share link (or of a bare fragment). */
function fragmentOf(link) {
  const at = link.indexOf("#");
  return at >= 0 ? link.slice(at) : link.trim();
}

/**
 * Reads one member's answers from an export file's text or a share link. Throws PlannerStateError naming the file
 * or link when it cannot be used; nothing is changed by a throw.
 */
export function readMember(text, data, { kind = "file", name = "" } = {}) {
  const what = name || t(`planner.team.unnamed.${kind}`);
  let answers;
  let rater = "";
  try {
    if (kind === "link") {
      const shared = decodeShare(fragmentOf(text.trim()), data);
      if (!shared) throw new PlannerStateError(t("planner.team.not_a_link"));
      answers = shared.state.answers;
    } else {
      answers = readImport(text, data).state.answers;
      // The file's own label, read again: the planner's reading migrates a schema-2 file and drops a label it carries.
      rater = cleanLabel(JSON.parse(text).rater);
    }
  } catch (e) {
    if (!(e instanceof PlannerStateError)) throw e;
    throw new PlannerStateError(t("planner.team.add_failed", { name: what, problem: e.message }));
  }
  if (Object.keys(answers).length === 0) {
    throw new PlannerStateError(t("planner.team.add_failed", { name: what, problem: t("planner.team.nothing_answered") }));
  }
  return { answers, rater, key: fingerprint(kind === "link" ? fragmentOf(text.trim()) : text), kind, name: what };
}

/**
 * The session with one more member, labelled with the file's `rater` or the next free "Rater X". Throws
 * PlannerStateError (naming the file) for a file or link already added, leaving the session as it was.
 */
export function addMember(session, member) {
  const twin = session.members.find((m) => m.key === member.key);
  if (twin) throw new PlannerStateError(t("planner.team.duplicate", { name: member.name, label: twin.label }));
  if (session.members.length >= MAX_MEMBERS) throw new PlannerStateError(t("planner.team.too_many", { name: member.name, max: MAX_MEMBERS }));
  const label = uniqueLabel(member.rater || nextLabel(session.members), session.members);
  const added = { label, kind: member.kind, name: member.name, key: member.key, answers: member.answers };
  return { ...session, members: [...session.members, added] };
}

/** The session with a member renamed; an empty or taken label is refused (returns null) so no two raters read alike. */
export function renameMember(session, index, label) {
  const clean = cleanLabel(label);
  const others = session.members.filter((_, i) => i !== index);
  if (!clean || others.some((m) => m.label === clean)) return null;
  return { ...session, members: session.members.map((m, i) => (i === index ? { ...m, label: clean } : m)) };
}

/** The session without one member; agreed ratings stay, they are the facilitator's. */
export function removeMember(session, index) {
  return { ...session, members: session.members.filter((_, i) => i !== index) };
}

// ---- numbers

/** The middle value; for an even count, the mean of the middle two. Null for no values. */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Highest minus lowest; null for no values. */
export function spread(values) {
  return values.length === 0 ? null : Math.max(...values) - Math.min(...values);
}

function optionOf(question, optionId) {
  return question.options.find((o) => o.id === optionId) ?? null;
}

/**
 * One question across the team: each member's rating (label, option or null when they left it blank), the scores'
 * median and spread, how many answered with an option that has no score ("I don't know"), and whether it is flagged.
 */
export function questionStats(question, members) {
  const ratings = members.map((m) => ({ label: m.label, option: optionOf(question, m.answers[question.id]) }));
  const scores = ratings.filter((r) => typeof r.option?.score === "number").map((r) => r.option.score);
  const unknown = ratings.filter((r) => r.option && typeof r.option.score !== "number").length;
  const range = spread(scores);
  return { id: question.id, text: question.text, ratings, median: median(scores), spread: range, unknown, flagged: range !== null && range >= FLAG_POINTS };
}

/** Every rated section with its rated questions' statistics, in planner order. */
export function teamTable(data, members) {
  return ratedSections(data).map((s) => ({
    id: s.id, title: s.title,
    questions: ratedQuestionsOf(s).map((q) => questionStats(q, members)),
  })).filter((s) => s.questions.length > 0);
}

/** The profile questions with each member's answer and, when all who answered agree, that answer as a suggestion. */
export function profileTable(data, members) {
  return data.sections.filter((s) => s.group === "profile").flatMap((s) => s.questions).map((q) => {
    const ratings = members.map((m) => ({ label: m.label, option: optionOf(q, m.answers[q.id]) }));
    const given = [...new Set(ratings.filter((r) => r.option).map((r) => r.option.id))];
    return { id: q.id, text: q.text, ratings, suggestion: given.length === 1 ? given[0] : null };
  });
}

/**
 * The option to suggest as the agreed rating: the one scoring the median, or, for a median between two points
 * (an even count), the lower one, so a team's agreed readiness never rounds itself up. Null when nobody gave a score.
 */
export function suggestion(question, stats) {
  if (stats.median === null) return null;
  const target = Math.floor(stats.median);
  return question.options.find((o) => o.score === target)?.id ?? null;
}

// ---- the meeting agenda

/**
 * Whole minutes for each weight, at least one each, adding up to exactly `total`, each as near its share as whole
 * minutes allow. Throws when there are more items than minutes.
 */
export function apportion(weights, total) {
  if (weights.length === 0) return [];
  if (weights.length > total) throw new RangeError(`${weights.length} items cannot fit in ${total} minutes`);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * total);
  const minutes = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - minutes.reduce((a, b) => a + b, 0);
  // Spare minutes go, one at a time, to the item furthest below its share; an overshoot (from raising tiny items to
  // one minute) is taken back from the item furthest above its share. Ties go to the heavier, then the earlier item.
  const gap = (i) => exact[i] - minutes[i];
  for (; left > 0; left -= 1) {
    let best = 0;
    for (let i = 1; i < minutes.length; i += 1) if (gap(i) > gap(best) || (gap(i) === gap(best) && weights[i] > weights[best])) best = i;
    minutes[best] += 1;
  }
  for (; left < 0; left += 1) {
    let best = -1;
    for (let i = 0; i < minutes.length; i += 1) if (minutes[i] > 1 && (best < 0 || gap(i) < gap(best))) best = i;
    minutes[best] -= 1;
  }
  return minutes;
}

/**
 * The consensus meeting's agenda for a meeting of `length` minutes: an opening, every flagged question (each on its
 * own, in planner order), then each section's other questions as one item, then the close. Flagged questions weigh
 * FLAG_WEIGHT times an agreed one. The minutes add up to `length`. When there are more flagged questions than
 * minutes allow, they are grouped by section too.
 */
export function agenda(table, length) {
  const flagged = table.flatMap((s) => s.questions.filter((q) => q.flagged).map((q) => ({ kind: "flagged", section: s.id, sectionTitle: s.title, questions: [q], weight: FLAG_WEIGHT })));
  const rest = table.map((s) => ({ kind: "section", section: s.id, sectionTitle: s.title, questions: s.questions.filter((q) => !q.flagged) }))
    .filter((item) => item.questions.length > 0).map((item) => ({ ...item, weight: item.questions.length }));
  const available = length - OPENING - CLOSING;
  let discussion = [...flagged, ...rest];
  if (discussion.length > available) {
    const grouped = table.map((s) => ({ kind: "flagged", section: s.id, sectionTitle: s.title, questions: s.questions.filter((q) => q.flagged) }))
      .filter((item) => item.questions.length > 0).map((item) => ({ ...item, weight: FLAG_WEIGHT * item.questions.length }));
    discussion = [...grouped, ...rest];
  }
  const minutes = apportion(discussion.map((item) => item.weight), available);
  return [
    { kind: "opening", minutes: OPENING, questions: [] },
    ...discussion.map((item, i) => ({ kind: item.kind, section: item.section, sectionTitle: item.sectionTitle, questions: item.questions, minutes: minutes[i] })),
    { kind: "closing", minutes: CLOSING, questions: [] },
  ];
}

/**
 * How many flagged questions an agenda leaves under two minutes each (0 when each has two or more): a team that far
 * apart should choose the ones that matter most for this meeting, as NCSMH's one to three priorities, and meet again.
 */
export function crowdedFlags(items) {
  const flagged = items.filter((i) => i.kind === "flagged");
  const count = flagged.reduce((n, i) => n + i.questions.length, 0);
  return flagged.some((i) => i.minutes < 2 * i.questions.length) ? count : 0;
}

// ---- the team's assessment

/** The agreed answers that name a real option of a real question. */
export function agreedAnswers(session, data) {
  return sanitize({ answers: session.agreed }, data).state.answers;
}

/** True when a stored planner state has any rated answer, which using the team's ratings would replace. */
export function hasRatedAnswers(state, data) {
  return ratedQuestions(data).some((q) => state.answers[q.id] !== undefined);
}

/**
 * The planner state with the team's assessment in it: every rated answer replaced by the agreed one (a rated
 * question with no agreed rating is left blank); profile answers kept unless an agreed one replaces them; every
 * other field of the state kept as it was.
 */
export function applyAgreed(state, session, data) {
  const rated = new Set(ratedQuestions(data).map((q) => q.id));
  const agreed = agreedAnswers(session, data);
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([qid]) => !rated.has(qid)));
  return { ...state, answers: { ...answers, ...agreed } };
}

// ---- keeping the session

/** The session as kept in storage. */
export function toStored(session) {
  return JSON.stringify({ ...session, schema: TEAM_SCHEMA });
}

/**
 * The session kept in storage, checked against the current questions: members whose answers no longer match
 * anything are dropped, agreed ratings must name real options. Returns { session, problem }; never throws.
 */
export function readSession(text, data) {
  if (text === null || text === undefined || text === "") return { session: emptySession(), problem: null };
  try {
    const raw = JSON.parse(text);
    if (!isObject(raw) || raw.schema !== TEAM_SCHEMA || !Array.isArray(raw.members)) throw new Error("shape");
    const members = [];
    for (const m of raw.members) {
      if (!isObject(m) || !isObject(m.answers)) continue;
      const label = uniqueLabel(cleanLabel(m.label) || nextLabel(members), members);
      const answers = sanitize({ answers: m.answers }, data).state.answers;
      members.push({ label, kind: m.kind === "link" ? "link" : "file", name: typeof m.name === "string" ? m.name.slice(0, 200) : "", key: typeof m.key === "string" ? m.key : "", answers });
    }
    const agreed = sanitize({ answers: isObject(raw.agreed) ? raw.agreed : {} }, data).state.answers;
    const minutes = MEETING_LENGTHS.includes(raw.minutes) ? raw.minutes : 60;
    return { session: { schema: TEAM_SCHEMA, members, agreed, minutes }, problem: null };
  } catch {
    return { session: emptySession(), problem: t("planner.team.session_unreadable") };
  }
}
