// The planner's user interface: one step at a time, every change saved to this browser at once.
// Nothing here sends data anywhere; export, import and share all stay on the device.
import { el, replace } from "../dom.js";
import { readinessChart } from "./chart.js";
import { readiness, progress, weakest } from "./scoring.js";
import { recommend } from "./recommend.js";
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
  const backButton = el("button", { type: "button", className: "secondary", onclick: () => go(-1) }, "Back");
  const nextButton = el("button", { type: "button", onclick: () => go(1) }, "Next");
  const importInput = el("input", { type: "file", accept: ".json,application/json", hidden: true, "aria-label": "Planner export file to import", onchange: onImportFile });
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
      el("strong", {}, "Your answers stay on this device. "),
      el("span", { className: "planner-privacy-more" }, "They are saved in this browser only and never sent anywhere. Do not enter students' names or anything else that identifies a person.")),
    persistent ? null : el("p", { className: "planner-warning" }, "This browser is not letting the planner save, so answers will be lost when you close the page. Export them to keep them."),
    status, alert,
    collapsible("planner-tools", "Export, import, share or delete", el("div", { className: "planner-toolbar", role: "group", "aria-label": "Save and share" },
      el("button", { type: "button", className: "secondary", onclick: onExport }, "Export answers"),
      el("button", { type: "button", className: "secondary", onclick: () => importInput.click() }, "Import answers"),
      importInput,
      el("button", { type: "button", className: "secondary", onclick: onShare }, "Share as a link"),
      el("button", { type: "button", className: "secondary", onclick: onReset }, "Start over"))),
    panel,
    el("div", { className: "planner-progress" }, progressText, progressBar, answeredText),
    el("details", { className: "planner-steps" }, el("summary", {}, "All steps"), el("nav", { "aria-label": "Planner steps" }, stepList)),
    stepArea,
    el("div", { className: "planner-nav" }, backButton, nextButton));

  function say(message) { status.textContent = message; }
  function warn(message) { alert.textContent = message; }

  function save() {
    try { store.setItem(STORAGE_KEY, JSON.stringify({ ...state, updated: new Date().toISOString() })); } catch {
      warn("Your answers could not be saved in this browser (its storage may be full). Export them to keep a copy.");
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
      warn(`Your saved answers could not be read (${result.problem}). They were set aside in this browser as "${aside}" and the planner has started fresh.`);
    } else if (result.migrated) {
      save();
      say("Your saved answers came from an earlier version of the planner and have been brought up to date.");
    }
  }

  function hasWork(s) {
    return Object.keys(s.answers).length > 0 || Object.values(s.plan).some((list) => list.some((x) => x.what || x.who || x.when));
  }

  function readShareLink() {
    let shared;
    try { shared = decodeShare(window.location.hash, data); } catch (e) {
      warn(`${e instanceof PlannerStateError ? e.message : "The shared link could not be read."} Your own answers were not changed.`);
      clearFragment();
      return;
    }
    if (!shared) return;
    clearFragment();
    if (!hasWork(state)) { state = shared.state; save(); say("The shared plan has been opened and saved in this browser."); return; }
    pendingShare = shared.state;
    showPanel(el("p", {}, "This link carries a shared plan. Opening it replaces the answers and plan saved in this browser."),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => { state = pendingShare; pendingShare = null; save(); hidePanel(); render(true); say("The shared plan has replaced your answers."); } }, "Open the shared plan"),
        el("button", { type: "button", className: "secondary", onclick: () => { pendingShare = null; hidePanel(); say("Your own answers were kept."); } }, "Keep my answers")));
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
    say("Your answers were exported to a file in your downloads. Keep it somewhere safe; anyone with it can see your plan.");
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
        say(`The answers in ${file.name} were imported.` + (dropped ? ` ${dropped} answers did not match this planner's questions and were left out.` : ""));
      } catch (e) {
        say("");
        warn(`${e instanceof PlannerStateError ? e.message : "This file could not be read."} Nothing was changed.`);
      }
      document.documentElement.dataset.plannerImport = String(Number(document.documentElement.dataset.plannerImport || 0) + 1);
    });
  }

  function onShare() {
    const url = window.location.href.split("#")[0] + "#" + encodeShare(state, data);
    const field = el("input", { type: "text", readonly: true, value: url, id: "planner-share-url", className: "planner-share-url" });
    showPanel(
      el("label", { for: "planner-share-url" }, "Link to this plan"),
      field,
      el("p", { className: "small" }, "The answers travel inside the link itself, after the # sign, which browsers never send to a server. Anyone you give the link to can see your answers and plan."),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => copy(field) }, "Copy link"),
        el("button", { type: "button", className: "secondary", onclick: hidePanel }, "Close")));
    field.select();
  }

  function copy(field) {
    field.select();
    const done = () => say("The link was copied.");
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, () => say("Select the link and copy it with your keyboard."));
    else say("Select the link and copy it with your keyboard.");
  }

  function onReset() {
    showPanel(el("p", {}, el("strong", {}, "Delete all answers and your action plan from this browser? "), "This cannot be undone. Export your answers first if you may want them again."),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", className: "danger", onclick: () => { store.removeItem(STORAGE_KEY); state = emptyState(); hidePanel(); render(true); say("Everything was deleted. The planner has started fresh."); } }, "Yes, delete everything"),
        el("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say("Nothing was deleted."); } }, "Cancel")));
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
    return `${answered} of ${section.questions.length} answered`;
  }

  function renderChrome() {
    const index = steps.indexOf(state.step);
    const title = stepTitle(state.step);
    progressText.textContent = `Step ${index + 1} of ${steps.length}: ${title}`;
    progressBar.value = index;
    const count = progress(data, state.answers);
    answeredText.textContent = `${count.answered} of ${count.total} questions answered.`;
    replace(stepList, steps.map((id) => {
      const section = data.sections.find((s) => s.id === id);
      return el("li", {}, el("button", { type: "button", className: "link-button", "aria-current": id === state.step ? "step" : null, onclick: () => goTo(id) },
        stepTitle(id), section ? el("span", { className: "small" }, ` (${sectionCounts(section)})`) : null));
    }));
    backButton.hidden = index === 0;
    nextButton.hidden = index === steps.length - 1;
    nextButton.textContent = index === steps.length - 2 ? "See results" : index === 0 ? "Start" : "Next";
  }

  function stepTitle(id) {
    if (id === "start") return "Before you start";
    if (id === "results") return "Results and action plan";
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
    return collapsible("planner-about", "About this planner",
      el("p", {}, "This planner helps a school team check how ready it is to start a peer-to-peer mental health support program, find program models that fit, and write an action plan."),
      el("ul", {},
        el("li", {}, "Work through it as a team of three or more if you can. Many teams rate separately first, then agree in a 45 to 60 minute meeting."),
        el("li", {}, "Most teams start with low scores. When you are unsure, make an informed guess, or choose \u201cI don't know\u201d: it is left out of the score."),
        el("li", {}, "Come back in three to six months and rate again to see what has changed.")),
      scale ? el("dl", { className: "planner-scale" }, scale.options.map((o) => [el("dt", {}, o.label), el("dd", {}, o.help || "")])) : null,
      data.sections.length === 0 ? el("p", {}, "This site has no planner questions yet.") : null);
  }

  function sectionStep(section) {
    return [
      section.intro || section.links.length ? collapsible("planner-about", "About this section",
        section.intro ? el("p", { className: "planner-intro" }, section.intro) : null,
        section.links.length ? helpList(section.links, "Hub pages that help") : null) : null,
      section.questions.map((q) => questionField(q)),
    ];
  }

  function helpList(links, label) {
    return el("div", { className: "planner-help-links" }, el("p", { className: "small" }, `${label}:`),
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
      q.links.length ? helpList(q.links, "Read more") : null);
  }

  function answer(questionId, optionId) {
    state = { ...state, answers: { ...state.answers, [questionId]: optionId } };
    save();
    renderChrome();
  }

  // ---- results

  function resultsStep() {
    const scores = readiness(data, state.answers);
    const rows = [...scores.sections, { title: "Overall", percent: scores.overall.percent, level: scores.overall.level, overall: true }];
    const o = scores.overall;
    return [
      el("header", { className: "planner-print-head" },
        el("p", { className: "planner-print-title" }, "Peer support program plan"),
        el("p", { className: "planner-print-date" }, printedLine())),
      el("p", { className: "planner-overall" },
        el("strong", {}, `Overall readiness: ${o.percent === null ? "not rated yet" : `${o.percent}% (${o.level})`}. `),
        `${o.answered - o.unknown} rated answers are counted` + (o.unknown ? `; ${o.unknown} \u201cI don't know\u201d answers are left out.` : ".")),
      el("section", { "aria-labelledby": "planner-readiness" },
        el("h3", { id: "planner-readiness" }, "Readiness by section"),
        el("figure", { className: "planner-figure" }, readinessChart(rows, "planner-chart"),
          el("figcaption", { className: "small" }, "Share of possible points for each section. The table below gives the same figures.")),
        readinessTable(rows, scores)),
      el("section", { "aria-labelledby": "planner-models" }, el("h3", { id: "planner-models" }, "Recommended program models"), recommendations()),
      el("section", { "aria-labelledby": "planner-plan", className: "planner-plan" }, el("h3", { id: "planner-plan" }, "Your action plan"), planPart(scores)),
      el("div", { className: "planner-buttons planner-print" },
        el("button", { type: "button", onclick: () => window.print() }, "Print the plan")),
    ];
  }

  /** The day the plan is printed, in words, for the printed page's heading (updated again just before printing). */
  function printedLine() {
    return `Printed ${new Intl.DateTimeFormat("en-US", { dateStyle: "long" }).format(new Date())} from the planner at ${document.title.split(" \u00b7 ").pop()}`;
  }

  function readinessTable(rows, scores) {
    const bySection = new Map(scores.sections.map((s) => [s.title, s]));
    return el("table", { className: "planner-table" },
      el("caption", {}, "Readiness by section"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Section"), el("th", { scope: "col" }, "Score"), el("th", { scope: "col" }, "Level"), el("th", { scope: "col" }, "Answered"))),
      el("tbody", {}, rows.map((r) => {
        const s = r.overall ? scores.overall : bySection.get(r.title);
        return el("tr", { className: r.overall ? "planner-table-overall" : null },
          el("th", { scope: "row" }, r.title),
          el("td", {}, r.percent === null ? "\u2013" : `${r.percent}%`),
          el("td", {}, r.level),
          el("td", {}, `${s.answered} of ${s.total}` + (s.unknown ? ` (${s.unknown} \u201cI don't know\u201d)` : "")));
      })));
  }

  function recommendations() {
    const result = recommend(data, state.answers);
    const tier = (n, list) => [
      el("h4", {}, n === 1 ? "Tier 1: for every student" : "Tier 2: for students who need more"),
      list.length
        ? el("ul", { className: "planner-models" }, list.map((m) => el("li", {},
            el("a", { href: m.url }, m.title), m.summary ? el("p", { className: "small" }, m.summary) : null,
            el("ul", { className: "planner-reasons" }, m.reasons.map((r) => el("li", {}, r))))))
        : el("p", {}, `No tier ${n} model matched your answers yet. `, el("a", { href: "../models/" }, "Browse all program models"), " to compare them."),
    ];
    return [
      result.missing.length
        ? el("p", { className: "planner-warning" }, `Answer every question in \u201c${data.sections.find((s) => s.group === "profile")?.title ?? "About your school"}\u201d for better suggestions. Still to answer: `,
            result.missing.map((m) => m.text).join(" "), " ",
            el("button", { type: "button", className: "link-button", onclick: () => goTo(data.sections.find((s) => s.group === "profile").id) }, "Go to those questions"))
        : null,
      tier(1, result.tier1), tier(2, result.tier2),
    ];
  }

  function planPart(scores) {
    const container = el("div", {});
    const chosen = new Set(chosenPriorities(state, scores));
    const order = weakest(scores.sections);
    const boxes = [];
    const picker = el("fieldset", { className: "planner-priorities" },
      el("legend", {}, `Choose up to ${MAX_PRIORITIES} priorities to work on first`),
      el("p", { className: "small" }, "Your weakest sections are listed first and suggested until you choose."),
      el("ul", {}, order.map((s) => {
        const box = el("input", { type: "checkbox", id: `priority-${s.id}`, value: s.id, checked: chosen.has(s.id), onchange: (e) => onPriority(s.id, e.target.checked) });
        boxes.push(box);
        return el("li", {}, box, el("label", { for: box.id }, `${s.title} (${s.percent === null ? "not rated" : s.percent + "%"})`));
      })));
    const plan = el("div", { className: "planner-priority-list" });
    const limitNote = el("p", { className: "small", id: "planner-priority-limit", "aria-live": "polite" });

    function drawPlan() {
      const current = new Set(chosenPriorities(state, scores));
      for (const box of boxes) {
        box.checked = current.has(box.value);
        box.disabled = !box.checked && current.size >= MAX_PRIORITIES;
      }
      limitNote.textContent = current.size >= MAX_PRIORITIES ? `You have chosen ${MAX_PRIORITIES}. Untick one to choose another.` : "";
      const items = actionPlan(data, state, scores);
      replace(plan, items.length ? items.map(priorityBlock) : el("p", {}, "Rate some sections, then choose a priority to plan next steps."));
    }
    function onPriority(id, on) {
      state = togglePriority(state, scores, id, on);
      save();
      drawPlan();
    }
    drawPlan();
    return [el("p", { className: "planner-plan-intro" }, "Pick the areas to work on first. For each, write at least three steps: what will happen, who will do it (a role, such as \u201cschool counselor\u201d, never a student's name) and by when."),
      picker, limitNote, plan];
  }

  function priorityBlock(item) {
    return el("section", { className: "planner-priority", "aria-labelledby": `plan-${item.id}` },
      el("h4", { id: `plan-${item.id}` }, `${item.title}: ${item.percent === null ? "not rated" : `${item.percent}%, ${item.level}`}`),
      item.suggestions.length ? [el("p", { className: "small" }, "Suggested next steps:"), el("ul", {}, item.suggestions.map((s) => el("li", {}, s)))] : null,
      item.links.length ? helpList(item.links, "Hub pages that help") : null,
      el("ol", { className: "planner-plan-steps" }, item.steps.map((step, i) => el("li", {},
        el("fieldset", {}, el("legend", {}, `Step ${i + 1}`),
          ["what", "who", "when"].map((field) => {
            const id = `plan-${item.id}-${i}-${field}`;
            const label = { what: "What will happen", who: "Who (a role, not a name)", when: "By when" }[field];
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
