// A year of planning: dated snapshots of the answers and plan, and when the team should rate again. No DOM here,
// so node can test it. Days are YYYY-MM-DD in the user's own calendar, never a time zone's midnight.
import { MAX_LABEL, REVISIT_DEFAULT, pruneHistory } from "./state.js";

/** The day `now` falls on where the user is, as YYYY-MM-DD. */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An id no snapshot in `history` has yet, readable in a file: the day plus a counter. */
function newId(history, date) {
  const used = new Set(history.map((s) => s.id));
  for (let n = 1; ; n += 1) {
    const id = `${date}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** A copy of the plan, so later edits to the state never change a snapshot. */
function copyPlan(plan) {
  return Object.fromEntries(Object.entries(plan).map(([id, steps]) => [id, steps.map((s) => ({ ...s }))]));
}

/** Returns a new state with today's answers and plan added to its history (pruned past the cap), and the snapshot. */
export function takeSnapshot(state, now = new Date(), label = "") {
  const date = today(now);
  const snapshot = { id: newId(state.history, date), date, answers: { ...state.answers }, plan: copyPlan(state.plan) };
  const trimmed = label.trim().slice(0, MAX_LABEL);
  if (trimmed) snapshot.label = trimmed;
  return { state: { ...state, history: pruneHistory([...state.history, snapshot]) }, snapshot };
}

/** Returns a new state without the snapshot `id`. */
export function deleteSnapshot(state, id) {
  return { ...state, history: state.history.filter((s) => s.id !== id) };
}

/** The day `months` calendar months after `date`, kept inside the month (31 January + 1 month is 28 or 29 February). */
export function addMonths(date, months) {
  const [y, m, d] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n) => String(n).padStart(2, "0");
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

/** The day the team planned to rate again: the last snapshot's day plus the revisit interval; null before any snapshot. */
export function nextRevisit(state) {
  const last = state.history.at(-1);
  return last ? addMonths(last.date, state.revisitMonths ?? REVISIT_DEFAULT) : null;
}

/** True on or after the revisit day. */
export function revisitDue(state, now = new Date()) {
  const next = nextRevisit(state);
  return next !== null && today(now) >= next;
}

/** True when two sets of answers name the same option for every question. */
function sameAnswers(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * The snapshot the printed plan measures today's answers against: the latest one, unless it holds exactly today's
 * answers (a team saves, then prints), when it is the latest one before it that differs. Null with no snapshot.
 */
export function changesBaseline(state) {
  const differing = [...state.history].reverse().find((s) => !sameAnswers(s.answers, state.answers));
  return differing ?? state.history.at(-1) ?? null;
}
