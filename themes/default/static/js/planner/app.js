// The planner's user interface: one step at a time, every change saved to this browser at once.
// Nothing here sends data anywhere; export, import and share all stay on the device.
import { el, replace, append } from "../dom.js";
import { openStorage } from "../storage.js";
import { t, plural, parts, number, lang } from "../strings.js";
import { readinessChart } from "./chart.js";
import { readiness, progress, weakest, ratedSections } from "./scoring.js";
import { recommend } from "./recommend.js";
import { gapText } from "./requirements.js";
import { actionPlan, chosenPriorities, togglePriority, setStepField, acceptSuggestion, isWritten } from "./plan.js";
import { takeSnapshot, deleteSnapshot, nextRevisit, revisitDue, changesBaseline } from "./history.js";
import { compareAnswers, timeline, points } from "./compare.js";
import {
  STORAGE_KEY, MAX_PRIORITIES, MAX_TEXT, MAX_RATER, MAX_LABEL, STATUSES, REVISIT_MIN, REVISIT_MAX, PlannerStateError, emptyState, stepIds,
  readStored, writeStored, toExport, exportFileName, readImport, encodeShare, decodeShare,
} from "./state.js";

/** A percentage as the page's language writes it: "45%", "45 %". */
function percent(value) {
  return t("planner.percent", { percent: number(value) });
}

/** A YYYY-MM-DD day in words, in the page's language ("March 3, 2026"). */
function longDate(day) {
  return new Intl.DateTimeFormat(lang(), { dateStyle: "long", timeZone: "UTC" }).format(new Date(day + "T00:00:00Z"));
}

/** A score change in words with its arrow; the arrow is hidden from screen readers, the words carry the meaning. */
function changeWords(change, delta = null) {
  const arrow = { up: "\u2191", down: "\u2193", same: "=", unknown: "?" }[change];
  const words = (change === "up" || change === "down") && delta !== null ? t(`planner.change.${change}_by`, { points: number(Math.abs(delta)) }) : t(`planner.change.${change}`);
  return el("span", { className: `planner-change planner-change-${change}` }, el("span", { "aria-hidden": "true" }, arrow + " "), words);
}

/** Starts the planner inside `root` with the generated planner data. */
export function start(root, data) {
  const { store, persistent } = openStorage(STORAGE_KEY);
  const steps = stepIds(data);
  const ids = { status: "planner-status", alert: "planner-alert", heading: "planner-step-heading" };
  let state;
  let pendingShare = null;

  // The page's frame, built once; only the step area changes as the user moves on.
  const status = el("div", { id: ids.status, role: "status", className: "planner-status" });
  const alert = el("div", { id: ids.alert, role: "alert", className: "planner-alert" });
  const progressText = el("p", { className: "planner-progress-text", "aria-live": "polite", id: "planner-progress-text" });
  const progressBar = el("progress", { max: steps.length - 1, value: 0, "aria-labelledby": "planner-progress-text" });
  const answeredText = el("p", { className: "planner-answered small" });
  const stepList = el("ol", { className: "planner-step-list" });
  const stepArea = el("section", { className: "planner-step", "aria-labelledby": ids.heading });
  const backButton = el("button", { type: "button", className: "secondary", onclick: () => go(-1) }, t("planner.back"));
  const nextButton = el("button", { type: "button", onclick: () => go(1) }, t("planner.next"));
  const importInput = el("input", { type: "file", accept: ".json,application/json", hidden: true, "aria-label": t("planner.import_label"), onchange: onImportFile });
  const panel = el("div", { className: "planner-panel", hidden: true });
  // Storage trouble and the revisit reminder are status lines, not dialogs: nothing traps focus or blocks the page.
  const storageLine = el("div", { role: "status", className: "planner-storage" });
  const reminder = el("div", { role: "status", className: "planner-reminder" });
  let storageProblem = null;
  // The two points being compared: snapshot ids or "now"; null until chosen (then the last snapshot and now).
  let compareFrom = null;
  let compareTo = null;
  // The plan as printed: a table of every written step, and the changes since the last snapshot (print only).
  const printedChanges = el("section", { className: "planner-print-only planner-print-changes" });
  const printedActions = el("section", { className: "planner-print-only planner-print-actions" });

  // On a phone the step's first question must show on the first screen, so the introductions fold away into
  // <details> there (open on wider screens, where their summaries are hidden) and the privacy note keeps its first line.
  const wide = window.matchMedia("(min-width: 40.01rem)");
  const collapsibles = [];
  function collapsible(className, summary, ...children) {
    const node = el("details", { className: `planner-collapsible ${className}`, open: wide.matches }, el("summary", {}, summary), children);
    collapsibles.push(node);
    return node;
  }
  wide.addEventListener("change", () => { for (const node of collapsibles) if (node.isConnected && wide.matches) node.open = true; });

  replace(root,
    el("p", { className: "planner-privacy" },
      el("strong", {}, t("planner.privacy") + " "),
      el("span", { className: "planner-privacy-more" }, t("planner.privacy_more"))),
    persistent ? null : el("p", { className: "planner-warning" }, t("planner.no_storage")),
    status, alert, storageLine, reminder,
    collapsible("planner-tools", t("planner.tools"), el("div", { className: "planner-toolbar", role: "group", "aria-label": t("planner.tools_label") },
      el("button", { type: "button", className: "secondary", onclick: onExport }, t("planner.export")),
      el("button", { type: "button", className: "secondary", onclick: () => importInput.click() }, t("planner.import")),
      importInput,
      el("button", { type: "button", className: "secondary", onclick: onShare }, t("planner.share")),
      el("button", { type: "button", className: "secondary", onclick: onReset }, t("planner.reset")))),
    panel,
    el("div", { className: "planner-progress" }, progressText, progressBar, answeredText),
    el("details", { className: "planner-steps" }, el("summary", {}, t("planner.all_steps")), el("nav", { "aria-label": t("planner.steps_label") }, stepList)),
    stepArea,
    el("div", { className: "planner-nav" }, backButton, nextButton));

  function say(message) { status.textContent = message; }
  function warn(message) { alert.textContent = message; }

  /** Saves to the browser; when it cannot, says so once in the storage line, keeps the state in memory and offers export. */
  function save() {
    const result = writeStored(store, state);
    if (result.problem !== storageProblem) {
      storageProblem = result.problem;
      replace(storageLine, result.problem ? el("p", { className: "planner-warning" }, t(`planner.storage.${result.problem}`) + " ",
        el("button", { type: "button", className: "link-button", onclick: onExport }, t("planner.storage.export"))) : null);
    }
    document.documentElement.dataset.plannerSaved = String(Number(document.documentElement.dataset.plannerSaved || 0) + 1);
    document.documentElement.dataset.plannerStorage = result.saved ? "saved" : result.problem;
  }

  function load() {
    const text = store.getItem(STORAGE_KEY);
    const result = readStored(text, data);
    state = result.state;
    if (result.problem) {
      // Keep the unreadable text under another key, so nothing is destroyed and a helper can recover it.
      const aside = `${STORAGE_KEY}.unreadable.${new Date().toISOString()}`;
      try { store.setItem(aside, text); store.removeItem(STORAGE_KEY); } catch { /* storage refused; starting fresh is still safe */ }
      warn(t("planner.unreadable", { problem: result.problem, aside }));
    } else if (result.migrated) {
      save();
      say(t("planner.migrated"));
    }
  }

  function hasWork(s) {
    return Object.keys(s.answers).length > 0 || Object.values(s.plan).some((list) => list.some((x) => x.what || x.who || x.when));
  }

  function readShareLink() {
    let shared;
    try { shared = decodeShare(window.location.hash, data); } catch (e) {
      warn(t("planner.share_unreadable", { problem: e instanceof PlannerStateError ? e.message : t("planner.share_damaged") }));
      clearFragment();
      return;
    }
    if (!shared) return;
    clearFragment();
    // A link carries no history: the snapshots, the revisit interval and the rater label saved here stay.
    const keepHistory = (s) => ({ ...s, rater: state.rater, history: state.history, revisitMonths: state.revisitMonths });
    if (!hasWork(state)) { state = keepHistory(shared.state); save(); say(t("planner.share_opened")); return; }
    pendingShare = keepHistory(shared.state);
    showPanel(el("p", {}, t("planner.share_question")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => { state = pendingShare; pendingShare = null; save(); hidePanel(); render(true); say(t("planner.share_replaced")); } }, t("planner.share_open")),
        el("button", { type: "button", className: "secondary", onclick: () => { pendingShare = null; hidePanel(); say(t("planner.share_kept")); } }, t("planner.share_keep"))));
  }

  function clearFragment() {
    // The answers have been read; taking them out of the address keeps a reload from applying them again.
    try { window.history.replaceState(null, "", window.location.pathname + window.location.search); } catch { /* some file:// pages refuse; harmless */ }
  }

  function showPanel(...children) {
    replace(panel, ...children);
    panel.hidden = false;
    const first = panel.querySelector("button, input");
    if (first) first.focus();
  }
  function hidePanel() { panel.hidden = true; replace(panel); }

  // ---- toolbar actions

  /** The export step: asks for the rater's role label (optional, never a name), then downloads the file. */
  function onExport() {
    const hint = el("p", { className: "small", id: "planner-rater-hint" }, t("planner.rater_hint"));
    const field = el("input", { type: "text", id: "planner-rater", value: state.rater, maxlength: MAX_RATER, autocomplete: "off", "aria-describedby": hint.id });
    showPanel(
      el("label", { for: field.id }, t("planner.rater_label")),
      hint, field,
      el("p", { className: "small" }, t("planner.export_note")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => { state = { ...state, rater: field.value.trim().slice(0, MAX_RATER) }; save(); hidePanel(); download(); } }, t("planner.download")),
        el("button", { type: "button", className: "secondary", onclick: hidePanel }, t("planner.cancel"))));
  }

  function download() {
    const blob = new Blob([JSON.stringify(toExport(state), null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: exportFileName(state), hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t("planner.exported"));
  }

  function onImportFile() {
    const file = importInput.files && importInput.files[0];
    importInput.value = "";
    if (!file) return;
    file.text().then((text) => {
      try {
        const { state: imported, dropped } = readImport(text, data);
        state = { ...imported, step: "results" };
        save();
        warn("");
        render(true);
        say(t("planner.imported", { file: file.name }) + (dropped ? " " + plural("planner.dropped", dropped) : ""));
      } catch (e) {
        say("");
        warn(t("planner.import_failed", { problem: e instanceof PlannerStateError ? e.message : t("planner.file_unreadable") }));
      }
      document.documentElement.dataset.plannerImport = String(Number(document.documentElement.dataset.plannerImport || 0) + 1);
    });
  }

  function onShare() {
    const url = window.location.href.split("#")[0] + "#" + encodeShare(state, data);
    const field = el("input", { type: "text", readonly: true, value: url, id: "planner-share-url", className: "planner-share-url" });
    showPanel(
      el("label", { for: "planner-share-url" }, t("planner.link_label")),
      field,
      el("p", { className: "small" }, t("planner.link_note")),
      el("p", { className: "small" }, t("planner.link_no_history")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => copy(field) }, t("planner.copy")),
        el("button", { type: "button", className: "secondary", onclick: hidePanel }, t("planner.close"))));
    field.select();
  }

  function copy(field) {
    field.select();
    const done = () => say(t("planner.copied"));
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, () => say(t("planner.copy_by_hand")));
    else say(t("planner.copy_by_hand"));
  }

  function onReset() {
    showPanel(el("p", {}, el("strong", {}, t("planner.reset_question") + " "), t("planner.reset_warning")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", className: "danger", onclick: () => { store.removeItem(STORAGE_KEY); state = emptyState(); hidePanel(); render(true); say(t("planner.reset_done")); } }, t("planner.reset_confirm")),
        el("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say(t("planner.reset_cancelled")); } }, t("planner.cancel"))));
  }

  // ---- steps

  function go(delta) {
    const index = Math.min(steps.length - 1, Math.max(0, steps.indexOf(state.step) + delta));
    goTo(steps[index]);
  }

  function goTo(step) {
    state = { ...state, step };
    save();
    render(true);
  }

  function sectionCounts(section) {
    const answered = section.questions.filter((q) => q.options.some((o) => o.id === state.answers[q.id])).length;
    return t("planner.section_answered", { answered: number(answered), total: number(section.questions.length) });
  }

  function renderChrome() {
    const index = steps.indexOf(state.step);
    const title = stepTitle(state.step);
    progressText.textContent = t("planner.step_of", { step: number(index + 1), steps: number(steps.length), title });
    progressBar.value = index;
    const count = progress(data, state.answers);
    answeredText.textContent = t("planner.questions_answered", { answered: number(count.answered), total: number(count.total) });
    replace(stepList, steps.map((id) => {
      const section = data.sections.find((s) => s.id === id);
      return el("li", {}, el("button", { type: "button", className: "link-button", "aria-current": id === state.step ? "step" : null, onclick: () => goTo(id) },
        stepTitle(id), section ? el("span", { className: "small" }, ` (${sectionCounts(section)})`) : null));
    }));
    backButton.hidden = index === 0;
    nextButton.hidden = index === steps.length - 1;
    nextButton.textContent = t(index === steps.length - 2 ? "planner.see_results" : index === 0 ? "planner.start" : "planner.next");
  }

  function stepTitle(id) {
    if (id === "start") return t("planner.start_title");
    if (id === "results") return t("planner.results_title");
    return data.sections.find((s) => s.id === id).title;
  }

  /** Draws the current step; `focus` moves focus to its heading, as after a step change. */
  function render(focus) {
    renderChrome();
    const heading = el("h2", { id: ids.heading, tabindex: "-1" }, stepTitle(state.step));
    if (state.step === "start") replace(stepArea, heading, startStep());
    else if (state.step === "results") replace(stepArea, heading, resultsStep());
    else replace(stepArea, heading, sectionStep(data.sections.find((s) => s.id === state.step)));
    document.documentElement.dataset.plannerStep = state.step;
    root.dataset.view = state.step === "start" || state.step === "results" ? state.step : "questions";
    if (focus) heading.focus();
  }

  function startStep() {
    const scale = data.sections.flatMap((s) => s.questions).find((q) => q.rated);
    return collapsible("planner-about", t("planner.about"),
      el("p", {}, t("planner.about_text")),
      el("ul", {},
        el("li", {}, t("planner.about_team")),
        el("li", {}, t("planner.about_scores")),
        el("li", {}, t("planner.about_again"))),
      scale ? el("dl", { className: "planner-scale" }, scale.options.map((o) => [el("dt", {}, o.label), el("dd", {}, o.help || "")])) : null,
      teamLink(),
      data.sections.length === 0 ? el("p", {}, t("planner.no_questions")) : null);
  }

  /** "NAPPP standard: Planning · SHAPE domain: Teaming", or null for a section that names neither. */
  function standardsLine(section) {
    const parts = [];
    if (section.nappp) parts.push(t("planner.nappp_label", { standard: t(`planner.nappp.${section.nappp}`) }));
    if (section.shape) parts.push(t("planner.shape_label", { domain: t(`planner.shape.${section.shape}`) }));
    return parts.length ? el("p", { className: "planner-standards small" }, parts.join(" \u00b7 ")) : null;
  }

  /** Where a facilitator merges the team's exports (the team view, /planner/team/); not printed (.planner-print). */
  function teamLink() {
    return el("p", { className: "planner-team-link planner-print" }, parts("planner.team_link", { link: el("a", { href: "team/" }, t("planner.team_link_text")) }));
  }

  function sectionStep(section) {
    const standards = standardsLine(section);
    return [
      section.intro || section.links.length || standards ? collapsible("planner-about", t("planner.about_section"),
        standards,
        section.intro ? el("p", { className: "planner-intro" }, section.intro) : null,
        section.links.length ? helpList(section.links, t("planner.help_pages")) : null) : null,
      section.questions.map((q) => questionField(q)),
    ];
  }

  function helpList(links, label) {
    return el("div", { className: "planner-help-links" }, el("p", { className: "small" }, t("planner.list_label", { label })),
      el("ul", {}, links.map((l) => el("li", {}, el("a", { href: l.url }, l.title)))));
  }

  function questionField(q) {
    const helpId = `help-${q.id}`;
    return el("fieldset", { className: "planner-question", "aria-describedby": q.help ? helpId : null },
      el("legend", {}, q.text),
      q.help ? el("p", { className: "planner-question-help", id: helpId }, q.help) : null,
      el("div", { className: "planner-options" }, q.options.map((o) => {
        const id = `q-${q.id}-${o.id}`;
        return el("div", { className: "planner-option" },
          el("input", { type: "radio", name: `q-${q.id}`, id, value: o.id, checked: state.answers[q.id] === o.id, onchange: () => answer(q.id, o.id) }),
          el("label", { for: id }, o.label));
      })),
      q.links.length ? helpList(q.links, t("planner.read_more")) : null);
  }

  function answer(questionId, optionId) {
    state = { ...state, answers: { ...state.answers, [questionId]: optionId } };
    save();
    renderChrome();
  }

  // ---- results

  function resultsStep() {
    const scores = readiness(data, state.answers);
    drawPrintedActions(scores);
    const rows = [...scores.sections, { title: t("planner.overall"), percent: scores.overall.percent, level: scores.overall.level, overall: true }];
    const o = scores.overall;
    return [
      el("header", { className: "planner-print-head" },
        el("p", { className: "planner-print-title" }, t("planner.print_title")),
        el("p", { className: "planner-print-date" }, printedLine())),
      el("p", { className: "planner-overall" },
        el("strong", {}, t("planner.overall_readiness", { score: o.percent === null ? t("planner.not_rated_yet") : t("planner.score_level", { percent: percent(o.percent), level: o.level }) }) + " "),
        plural("planner.rated_counted", o.answered - o.unknown) + (o.unknown ? plural("planner.unknown_left_out", o.unknown) : ".")),
      el("section", { "aria-labelledby": "planner-readiness" },
        el("h3", { id: "planner-readiness" }, t("planner.readiness_heading")),
        el("figure", { className: "planner-figure" }, readinessChart(rows, "planner-chart"),
          el("figcaption", { className: "small" }, t("planner.chart_caption"))),
        readinessTable(rows, scores)),
      el("section", { "aria-labelledby": "planner-over-time", className: "planner-over-time" },
        el("h3", { id: "planner-over-time", tabindex: "-1" }, t("planner.over_time_heading")), overTimePart()),
      printedChanges, printedActions,
      el("section", { "aria-labelledby": "planner-models" }, el("h3", { id: "planner-models" }, t("planner.models_heading")), recommendations()),
      el("section", { "aria-labelledby": "planner-plan", className: "planner-plan" }, el("h3", { id: "planner-plan" }, t("planner.plan_heading")), planPart(scores)),
      el("div", { className: "planner-buttons planner-print" },
        el("button", { type: "button", onclick: () => window.print() }, t("planner.print"))),
      teamLink(),
    ];
  }

  /** The day the plan is printed, in words, for the printed page's heading (updated again just before printing). */
  function printedLine() {
    return t("planner.printed", { date: new Intl.DateTimeFormat(lang(), { dateStyle: "long" }).format(new Date()), site: document.title.split(" \u00b7 ").pop() });
  }

  function readinessTable(rows, scores) {
    const bySection = new Map(scores.sections.map((s) => [s.title, s]));
    return el("table", { className: "planner-table" },
      el("caption", {}, t("planner.readiness_heading")),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("planner.table.section")), el("th", { scope: "col" }, t("planner.table.score")),
        el("th", { scope: "col" }, t("planner.table.level")), el("th", { scope: "col" }, t("planner.table.answered")))),
      el("tbody", {}, rows.map((r) => {
        const s = r.overall ? scores.overall : bySection.get(r.title);
        return el("tr", { className: r.overall ? "planner-table-overall" : null },
          el("th", { scope: "row" }, r.title),
          el("td", {}, r.percent === null ? "\u2013" : percent(r.percent)),
          el("td", {}, r.level),
          el("td", {}, t("planner.table.answered_of", { answered: number(s.answered), total: number(s.total) })
            + (s.unknown ? " " + t("planner.table.unknown", { count: number(s.unknown) }) : "")));
      })));
  }

  function recommendations() {
    const result = recommend(data, state.answers);
    const tier = (n, list, within) => [
      el("h4", {}, t(n === 1 ? "planner.tier1" : "planner.tier2")),
      list.length
        ? el("ul", { className: "planner-models" }, list.map((m) => el("li", {},
            el("a", { href: m.url }, m.title), m.summary ? el("p", { className: "small" }, m.summary) : null,
            el("ul", { className: "planner-reasons" }, m.reasons.map((r) => el("li", {}, r))))))
        : el("p", {}, parts("planner.no_model", { tier: number(n), link: el("a", { href: "../models/" }, t("planner.browse_models")) })),
      within.length
        ? el("div", { className: "planner-within-reach" },
            el("p", { className: "small" }, t("planner.within_reach")),
            el("ul", { className: "planner-models" }, within.map((m) => el("li", {},
              el("a", { href: m.url }, m.title),
              el("ul", { className: "planner-reasons" }, m.reasons.map((r) => el("li", {}, r))),
              el("p", { className: "small" }, t("planner.gaps_label")),
              el("ul", { className: "planner-gaps" }, m.gaps.map((g) => el("li", {}, gapText(g))))))))
        : null,
    ];
    return [
      result.missing.length
        ? el("p", { className: "planner-warning" }, t("planner.answer_profile", { section: data.sections.find((s) => s.group === "profile")?.title ?? t("planner.profile_fallback") }) + " ",
            result.missing.map((m) => m.text).join(" "), " ",
            el("button", { type: "button", className: "link-button", onclick: () => goTo(data.sections.find((s) => s.group === "profile").id) }, t("planner.go_to_profile")))
        : null,
      tier(1, result.tier1, result.within1), tier(2, result.tier2, result.within2),
    ];
  }

  function planPart(scores) {
    const container = el("div", {});
    const chosen = new Set(chosenPriorities(state, scores));
    const order = weakest(scores.sections);
    const boxes = [];
    const picker = el("fieldset", { className: "planner-priorities" },
      el("legend", {}, t("planner.choose_priorities", { max: number(MAX_PRIORITIES) })),
      el("p", { className: "small" }, t("planner.weakest_first")),
      el("ul", {}, order.map((s) => {
        const box = el("input", { type: "checkbox", id: `priority-${s.id}`, value: s.id, checked: chosen.has(s.id), onchange: (e) => onPriority(s.id, e.target.checked) });
        boxes.push(box);
        return el("li", {}, box, el("label", { for: box.id }, `${s.title} (${s.percent === null ? t("planner.not_rated") : percent(s.percent)})`));
      })));
    const plan = el("div", { className: "planner-priority-list" });
    const limitNote = el("p", { className: "small", id: "planner-priority-limit", "aria-live": "polite" });

    function drawPlan() {
      const current = new Set(chosenPriorities(state, scores));
      for (const box of boxes) {
        box.checked = current.has(box.value);
        box.disabled = !box.checked && current.size >= MAX_PRIORITIES;
      }
      limitNote.textContent = current.size >= MAX_PRIORITIES ? t("planner.limit", { max: number(MAX_PRIORITIES) }) : "";
      const items = actionPlan(data, state, scores);
      replace(plan, items.length ? items.map((item) => priorityBlock(item, scores, onAccept)) : el("p", {}, t("planner.no_priorities")));
      drawPrintedActions(scores);
    }
    function onPriority(id, on) {
      state = togglePriority(state, scores, id, on);
      save();
      drawPlan();
    }
    function onAccept(id, text) {
      const result = acceptSuggestion(state, scores, id, text);
      if (result.index < 0) { say(t("planner.steps_full")); return; }
      state = result.state;
      save();
      drawPlan();
      const field = document.getElementById(`plan-${id}-${result.index}-what`);
      if (field) field.focus();
      say(t("planner.step_added", { number: number(result.index + 1), section: data.sections.find((s) => s.id === id).title }));
    }
    drawPlan();
    return [el("p", { className: "planner-plan-intro" }, t("planner.plan_intro")),
      picker, limitNote, plan];
  }

  /** A priority with its suggestions (each taken into the plan with one click), help pages and steps. */
  function priorityBlock(item, scores, onAccept) {
    return el("section", { className: "planner-priority", "aria-labelledby": `plan-${item.id}` },
      el("h4", { id: `plan-${item.id}` }, `${item.title}: ${item.percent === null ? t("planner.not_rated") : t("planner.percent_level", { percent: percent(item.percent), level: item.level })}`),
      item.suggestions.length ? [el("p", { className: "small" }, t("planner.suggested_steps")),
        el("ul", { className: "planner-suggestions" }, item.suggestions.map((text) => el("li", {},
          el("span", {}, text), " ",
          el("button", { type: "button", className: "secondary planner-add-step", disabled: item.full, "aria-label": t("planner.add_step_named", { step: text }),
            onclick: () => onAccept(item.id, text) }, t("planner.add_step"))))),
        item.full ? el("p", { className: "small" }, t("planner.steps_full")) : null] : null,
      item.links.length ? helpList(item.links, t("planner.help_pages")) : null,
      el("ol", { className: "planner-plan-steps" }, item.steps.map((step, i) => {
        // A step's colour shows once something is written in it; an empty step has no status to show.
        const paint = (st) => { li.className = isWritten(st) ? `planner-status-${st.status}` : "planner-step-empty"; };
        const li = el("li", {});
        paint(step);
        const changed = (field, value) => {
          state = setStepField(state, item.id, i, field, value);
          save();
          paint(state.plan[item.id][i]);
          drawPrintedActions(scores);
        };
        return append(li, [el("fieldset", {}, el("legend", {}, t("planner.step", { number: number(i + 1) })),
          ["what", "who", "when", "measure"].map((field) => {
            const id = `plan-${item.id}-${i}-${field}`;
            return el("div", { className: `planner-field planner-field-${field}` },
              el("label", { for: id }, t(`planner.field.${field}`)),
              el("input", { type: "text", id, value: step[field], maxlength: MAX_TEXT, autocomplete: "off", oninput: (e) => changed(field, e.target.value) }));
          }),
          statusField(`plan-${item.id}-${i}-status`, step.status, (value) => changed("status", value)))]);
      })));
  }

  /** An action's red/amber/green status, chosen by its words; the colour beside it only repeats them. */
  function statusField(id, value, onchange) {
    return el("div", { className: "planner-field planner-field-status" },
      el("label", { for: id }, t("planner.field.status")),
      el("span", { className: `planner-status-pick planner-status-${value}` },
        el("span", { className: "planner-status-dot", "aria-hidden": "true" }),
        el("select", { id, onchange: (e) => { e.target.parentElement.className = `planner-status-pick planner-status-${e.target.value}`; onchange(e.target.value); } },
          STATUSES.map((status) => el("option", { value: status, selected: status === value }, t(`planner.status.${status}`))))));
  }

  // ---- a year: snapshots, the revisit day, comparisons and scores over time

  /** A snapshot or "now" by name: "March 3, 2026 (Baseline)". */
  function pointName(p) {
    if (p.id === "now") return t("planner.now");
    return p.label ? t("planner.snapshot_named", { date: longDate(p.date), label: p.label }) : longDate(p.date);
  }

  function figure(value) {
    return value === null ? t("planner.not_rated") : percent(value);
  }

  function overTimePart() {
    const labelField = el("input", { type: "text", id: "planner-snapshot-label", maxlength: MAX_LABEL, autocomplete: "off" });
    const months = el("select", { id: "planner-revisit", onchange: (e) => { state = { ...state, revisitMonths: Number(e.target.value) }; save(); drawHistory(); } },
      Array.from({ length: REVISIT_MAX - REVISIT_MIN + 1 }, (_, i) => REVISIT_MIN + i).map((n) =>
        el("option", { value: String(n), selected: n === state.revisitMonths }, plural("planner.months", n))));
    const area = el("div", { className: "planner-history" });
    function drawHistory() {
      replace(area, revisitLine(), historyList(drawHistory), comparePart(), trendTable());
    }
    function onSnapshot() {
      const result = takeSnapshot(state, new Date(), labelField.value);
      state = result.state;
      save();
      labelField.value = "";
      compareFrom = null;
      compareTo = null;
      drawHistory();
      drawPrintedActions(readiness(data, state.answers));
      say(t("planner.snapshot_saved", { name: pointName(result.snapshot) }));
      document.documentElement.dataset.plannerSnapshots = String(state.history.length);
    }
    drawHistory();
    return [
      el("p", { className: "planner-over-time-intro" }, t("planner.over_time_intro")),
      el("div", { className: "planner-snapshot-form" },
        el("div", { className: "planner-field" }, el("label", { for: labelField.id }, t("planner.snapshot_label")), labelField),
        el("button", { type: "button", onclick: onSnapshot }, t("planner.snapshot_save"))),
      el("div", { className: "planner-field planner-revisit" }, el("label", { for: months.id }, t("planner.revisit_label")), months),
      area,
    ];
  }

  function revisitLine() {
    const next = nextRevisit(state);
    return el("p", { className: "planner-next-revisit" }, next ? t("planner.next_revisit", { date: longDate(next) }) : t("planner.no_snapshot_yet"));
  }

  function historyList(redraw) {
    if (state.history.length === 0) return null;
    return [el("p", { className: "small" }, plural("planner.snapshots_saved", state.history.length)),
      el("ol", { className: "planner-snapshots" }, state.history.map((snap) => el("li", {},
        el("span", {}, pointName(snap)), " ",
        el("button", { type: "button", className: "link-button", "aria-label": t("planner.snapshot_delete_named", { name: pointName(snap) }),
          onclick: () => confirmDelete(snap, redraw) }, t("planner.snapshot_delete")))))];
  }

  /** Deleting a snapshot cannot be undone, so it asks first, in the same panel as starting over. */
  function confirmDelete(snap, redraw) {
    showPanel(el("p", {}, el("strong", {}, t("planner.snapshot_delete_question", { name: pointName(snap) }))),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", className: "danger", onclick: () => {
          state = deleteSnapshot(state, snap.id);
          save();
          hidePanel();
          redraw();
          drawPrintedActions(readiness(data, state.answers));
          document.documentElement.dataset.plannerSnapshots = String(state.history.length);
          say(t("planner.snapshot_deleted", { name: pointName(snap) }));
          document.getElementById("planner-over-time").focus();
        } }, t("planner.snapshot_delete_confirm")),
        el("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say(t("planner.reset_cancelled")); } }, t("planner.cancel"))));
  }

  function comparePart() {
    const all = points(state);
    if (all.length < 2) return null;
    const ids = all.map((p) => p.id);
    if (!ids.includes(compareFrom)) compareFrom = all.at(-2).id;
    if (!ids.includes(compareTo)) compareTo = "now";
    const result = el("div", { className: "planner-comparison", id: "planner-comparison", "aria-live": "polite" });
    const pick = (id, value, set) => el("select", { id, onchange: (e) => { set(e.target.value); draw(); } },
      all.map((p) => el("option", { value: p.id, selected: p.id === value }, pointName(p))));
    const from = pick("planner-compare-from", compareFrom, (v) => { compareFrom = v; });
    const to = pick("planner-compare-to", compareTo, (v) => { compareTo = v; });
    function draw() {
      replace(result, comparison(all.find((p) => p.id === compareFrom), all.find((p) => p.id === compareTo)));
    }
    draw();
    return el("div", { className: "planner-compare" },
      el("h4", {}, t("planner.compare_heading")),
      el("div", { className: "planner-compare-pick" },
        el("div", { className: "planner-field" }, el("label", { for: from.id }, t("planner.compare_from")), from),
        el("div", { className: "planner-field" }, el("label", { for: to.id }, t("planner.compare_to")), to)),
      result);
  }

  /** What changed between two points: overall, the sections that went up and down, and each section's questions. */
  function comparison(a, b) {
    if (a.id === b.id) return el("p", {}, t("planner.compare_same_point"));
    const c = compareAnswers(data, a.answers, b.answers);
    const answerName = (x) => (x ? x.label : t("planner.unanswered"));
    return [
      el("p", { className: "planner-compare-overall" },
        t("planner.compare_overall", { before: figure(c.overall.before), after: figure(c.overall.after) }), " ", changeWords(c.overall.change, c.overall.delta)),
      el("p", {}, c.up.length ? t("planner.went_up", { sections: c.up.map((s) => s.title).join(", ") }) : t("planner.none_up")),
      el("p", {}, c.down.length ? t("planner.went_down", { sections: c.down.map((s) => s.title).join(", ") }) : t("planner.none_down")),
      el("ul", { className: "planner-compare-sections" }, c.sections.map((s) => {
        const changed = s.questions.filter((q) => q.change !== "same");
        return el("li", { "data-section": s.id },
          el("details", {},
            el("summary", {}, t("planner.compare_section", { section: s.title, before: figure(s.before), after: figure(s.after) }), " ", changeWords(s.change, s.delta)),
            changed.length
              ? el("ul", { className: "planner-compare-questions" }, changed.map((q) => el("li", { "data-question": q.id },
                  changeWords(q.change), ": ", q.text, " ", t("planner.compare_answers", { before: answerName(q.before), after: answerName(q.after) }))))
              : el("p", { className: "small" }, t("planner.no_question_changed"))));
      })),
    ];
  }

  /** Scores over time as a table that is also the chart: each cell has its number and a bar as long as it. */
  function trendTable() {
    if (state.history.length === 0) return null;
    const rows = timeline(data, points(state));
    const sections = [{ id: "overall", title: t("planner.overall") }, ...ratedSections(data)];
    const head = (r) => (r.id === "now" ? t("planner.now_short")
      : [new Intl.DateTimeFormat(lang(), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(r.date + "T00:00:00Z")), r.label ? el("span", { className: "small" }, ` (${r.label})`) : null]);
    const cell = (value) => {
      const bar = el("span", { className: "trend-bar", "aria-hidden": "true" });
      bar.style.width = `${value ?? 0}%`;
      return el("td", {}, el("span", { className: "trend-track", "aria-hidden": "true" }, value ? bar : null), el("span", { className: "trend-value" }, value === null ? "\u2013" : percent(value)));
    };
    return [el("h4", { id: "planner-trend-heading" }, t("planner.trend_heading")),
      el("div", { className: "planner-table-scroll", role: "region", tabindex: "0", "aria-labelledby": "planner-trend-heading" },
        el("table", { className: "planner-table planner-trend" },
          el("caption", { className: "visually-hidden" }, t("planner.trend_caption")),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("planner.table.section")), rows.map((r) => el("th", { scope: "col" }, head(r))))),
          el("tbody", {}, sections.map((sec) => el("tr", { className: sec.id === "overall" ? "planner-table-overall" : null },
            el("th", { scope: "row" }, sec.title), rows.map((r) => cell(sec.id === "overall" ? r.overall : r.sections[sec.id])))))))];
  }

  /** The printed plan's own parts: changes since the last snapshot and every written step with its status in words. */
  function drawPrintedActions(scores) {
    const items = actionPlan(data, state, scores);
    const written = items.flatMap((item) => item.steps.filter(isWritten).map((st) => ({ ...st, title: item.title })));
    const last = changesBaseline(state);
    let changes = null;
    if (last) {
      const c = compareAnswers(data, last.answers, state.answers);
      changes = [el("h3", {}, t("planner.changes_since", { name: pointName(last) })),
        el("p", {}, t("planner.compare_overall", { before: figure(c.overall.before), after: figure(c.overall.after) }), " ", changeWords(c.overall.change, c.overall.delta), ". ",
          c.up.length ? t("planner.went_up", { sections: c.up.map((s) => `${s.title} (+${number(s.delta)})`).join(", ") }) : t("planner.none_up"), " ",
          c.down.length ? t("planner.went_down", { sections: c.down.map((s) => `${s.title} (\u2212${number(-s.delta)})`).join(", ") }) : t("planner.none_down"))];
    }
    replace(printedChanges, changes);
    replace(printedActions,
      el("h3", {}, t("planner.plan_heading")),
      written.length
        ? el("table", { className: "planner-table planner-actions-table" },
            el("thead", {}, el("tr", {}, ["section", "what", "who", "when", "measure", "status"].map((k) => el("th", { scope: "col" }, t(`planner.print_col.${k}`))))),
            el("tbody", {}, written.map((st) => el("tr", {},
              el("td", {}, st.title), el("td", {}, st.what), el("td", {}, st.who), el("td", {}, st.when), el("td", {}, st.measure),
              el("td", { className: `planner-status-${st.status}` }, el("span", { className: "planner-status-dot", "aria-hidden": "true" }), t(`planner.status.${st.status}`))))))
        : el("p", {}, t("planner.no_steps_written")));
  }

  /** The reminder shown when the planner opens on or after the revisit day; it offers the comparison, and can wait. */
  function showReminder() {
    if (!revisitDue(state)) return;
    const last = state.history.at(-1);
    replace(reminder, el("div", { className: "planner-reminder-box" },
      el("p", {}, t("planner.reminder", { name: pointName(last), date: longDate(nextRevisit(state)) })),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: openComparison }, t("planner.reminder_open")),
        el("button", { type: "button", className: "secondary", onclick: () => replace(reminder) }, t("planner.reminder_later")))));
  }

  function openComparison() {
    replace(reminder);
    compareFrom = state.history.at(-1).id;
    compareTo = "now";
    goTo("results");
    const heading = document.getElementById("planner-over-time");
    heading.focus();
    heading.scrollIntoView({ block: "start" });
  }

  window.addEventListener("beforeprint", () => {
    for (const line of root.querySelectorAll(".planner-print-date")) line.textContent = printedLine();
  });

  load();
  readShareLink();
  render(false);
  showReminder();
  document.documentElement.dataset.plannerReady = "true";
}
