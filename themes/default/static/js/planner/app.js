// The planner's user interface: one step at a time, every change saved to this browser at once.
// Nothing here sends data anywhere; export, import and share all stay on the device.
import { el, replace } from "../dom.js";
import { t, plural, parts, number, lang } from "../strings.js";
import { readinessChart } from "./chart.js";
import { readiness, progress, weakest } from "./scoring.js";
import { recommend } from "./recommend.js";
import { gapText } from "./requirements.js";
import { actionPlan, chosenPriorities, togglePriority, setStepField } from "./plan.js";
import {
  STORAGE_KEY, MAX_PRIORITIES, MAX_TEXT, PlannerStateError, emptyState, stepIds, readStored, toExport, readImport,
  encodeShare, decodeShare,
} from "./state.js";

/** localStorage, or a memory stand-in when the browser refuses storage (some private modes, some file:// pages). */
function openStorage() {
  try {
    const probe = "peerhub.planner.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return { store: window.localStorage, persistent: true };
  } catch {
    const memory = new Map();
    return {
      store: { getItem: (k) => (memory.has(k) ? memory.get(k) : null), setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) },
      persistent: false,
    };
  }
}

/** A percentage as the page's language writes it: "45%", "45 %". */
function percent(value) {
  return t("planner.percent", { percent: number(value) });
}

/** Starts the planner inside `root` with the generated planner data. */
export function start(root, data) {
  const { store, persistent } = openStorage();
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
    status, alert,
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

  function save() {
    try { store.setItem(STORAGE_KEY, JSON.stringify({ ...state, updated: new Date().toISOString() })); } catch {
      warn(t("planner.save_failed"));
    }
    document.documentElement.dataset.plannerSaved = String(Number(document.documentElement.dataset.plannerSaved || 0) + 1);
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
    if (!hasWork(state)) { state = shared.state; save(); say(t("planner.share_opened")); return; }
    pendingShare = shared.state;
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

  function onExport() {
    const blob = new Blob([JSON.stringify(toExport(state), null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: `peerhub-plan-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
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

  /** Where a facilitator merges the team's exports (the team view, /planner/team/); not printed (.planner-print). */
  function teamLink() {
    return el("p", { className: "planner-team-link planner-print" }, parts("planner.team_link", { link: el("a", { href: "team/" }, t("planner.team_link_text")) }));
  }

  function sectionStep(section) {
    return [
      section.intro || section.links.length ? collapsible("planner-about", t("planner.about_section"),
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
      replace(plan, items.length ? items.map(priorityBlock) : el("p", {}, t("planner.no_priorities")));
    }
    function onPriority(id, on) {
      state = togglePriority(state, scores, id, on);
      save();
      drawPlan();
    }
    drawPlan();
    return [el("p", { className: "planner-plan-intro" }, t("planner.plan_intro")),
      picker, limitNote, plan];
  }

  function priorityBlock(item) {
    return el("section", { className: "planner-priority", "aria-labelledby": `plan-${item.id}` },
      el("h4", { id: `plan-${item.id}` }, `${item.title}: ${item.percent === null ? t("planner.not_rated") : t("planner.percent_level", { percent: percent(item.percent), level: item.level })}`),
      item.suggestions.length ? [el("p", { className: "small" }, t("planner.suggested_steps")), el("ul", {}, item.suggestions.map((s) => el("li", {}, s)))] : null,
      item.links.length ? helpList(item.links, t("planner.help_pages")) : null,
      el("ol", { className: "planner-plan-steps" }, item.steps.map((step, i) => el("li", {},
        el("fieldset", {}, el("legend", {}, t("planner.step", { number: number(i + 1) })),
          ["what", "who", "when"].map((field) => {
            const id = `plan-${item.id}-${i}-${field}`;
            const label = t(`planner.field.${field}`);
            return el("div", { className: `planner-field planner-field-${field}` },
              el("label", { for: id }, label),
              el("input", { type: "text", id, value: step[field], maxlength: MAX_TEXT, autocomplete: "off",
                oninput: (e) => { state = setStepField(state, item.id, i, field, e.target.value); save(); } }));
          }))))));
  }

  window.addEventListener("beforeprint", () => {
    for (const line of root.querySelectorAll(".planner-print-date")) line.textContent = printedLine();
  });

  load();
  readShareLink();
  render(false);
  document.documentElement.dataset.plannerReady = "true";
}
