// The planner's user interface: one step at a time, every change saved to this browser at once.
// Nothing here sends data anywhere; export, import and share all stay on the device.
import { h, replace } from "./dom.js";
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
  const status = h("div", { id: ids.status, role: "status", className: "planner-status" });
  const alert = h("div", { id: ids.alert, role: "alert", className: "planner-alert" });
  const progressText = h("p", { className: "planner-progress-text", "aria-live": "polite", id: "planner-progress-text" });
  const progressBar = h("progress", { max: steps.length - 1, value: 0, "aria-labelledby": "planner-progress-text" });
  const answeredText = h("p", { className: "planner-answered small" });
  const stepList = h("ol", { className: "planner-step-list" });
  const stepArea = h("section", { className: "planner-step", "aria-labelledby": ids.heading });
  const backButton = h("button", { type: "button", className: "secondary", onclick: () => go(-1) }, "Back");
  const nextButton = h("button", { type: "button", onclick: () => go(1) }, "Next");
  const importInput = h("input", { type: "file", accept: ".json,application/json", hidden: true, "aria-label": "Planner export file to import", onchange: onImportFile });
  const panel = h("div", { className: "planner-panel", hidden: true });

  replace(root,
    h("p", { className: "planner-privacy" },
      h("strong", {}, "Your answers stay on this device. "),
      "They are saved in this browser only and never sent anywhere. Do not enter students' names or anything else that identifies a person."),
    persistent ? null : h("p", { className: "planner-warning" }, "This browser is not letting the planner save, so answers will be lost when you close the page. Export them to keep them."),
    status, alert,
    h("div", { className: "planner-toolbar", role: "group", "aria-label": "Save and share" },
      h("button", { type: "button", className: "secondary", onclick: onExport }, "Export answers"),
      h("button", { type: "button", className: "secondary", onclick: () => importInput.click() }, "Import answers"),
      importInput,
      h("button", { type: "button", className: "secondary", onclick: onShare }, "Share as a link"),
      h("button", { type: "button", className: "secondary", onclick: onReset }, "Start over")),
    panel,
    h("div", { className: "planner-progress" }, progressText, progressBar, answeredText),
    h("details", { className: "planner-steps" }, h("summary", {}, "All steps"), h("nav", { "aria-label": "Planner steps" }, stepList)),
    stepArea,
    h("div", { className: "planner-nav" }, backButton, nextButton));

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
    showPanel(h("p", {}, "This link carries a shared plan. Opening it replaces the answers and plan saved in this browser."),
      h("div", { className: "planner-buttons" },
        h("button", { type: "button", onclick: () => { state = pendingShare; pendingShare = null; save(); hidePanel(); render(true); say("The shared plan has replaced your answers."); } }, "Open the shared plan"),
        h("button", { type: "button", className: "secondary", onclick: () => { pendingShare = null; hidePanel(); say("Your own answers were kept."); } }, "Keep my answers")));
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
    const link = h("a", { href: url, download: `peerhub-plan-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
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
    const url = window.location.href.split("#")[0] + "#" + encodeShare(state);
    const field = h("input", { type: "text", readonly: true, value: url, id: "planner-share-url", className: "planner-share-url" });
    showPanel(
      h("label", { for: "planner-share-url" }, "Link to this plan"),
      field,
      h("p", { className: "small" }, "The answers travel inside the link itself, after the # sign, which browsers never send to a server. Anyone you give the link to can see your answers and plan."),
      h("div", { className: "planner-buttons" },
        h("button", { type: "button", onclick: () => copy(field) }, "Copy link"),
        h("button", { type: "button", className: "secondary", onclick: hidePanel }, "Close")));
    field.select();
  }

  function copy(field) {
    field.select();
    const done = () => say("The link was copied.");
    if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, () => say("Select the link and copy it with your keyboard."));
    else say("Select the link and copy it with your keyboard.");
  }

  function onReset() {
    showPanel(h("p", {}, h("strong", {}, "Delete all answers and your action plan from this browser? "), "This cannot be undone. Export your answers first if you may want them again."),
      h("div", { className: "planner-buttons" },
        h("button", { type: "button", className: "danger", onclick: () => { store.removeItem(STORAGE_KEY); state = emptyState(); hidePanel(); render(true); say("Everything was deleted. The planner has started fresh."); } }, "Yes, delete everything"),
        h("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say("Nothing was deleted."); } }, "Cancel")));
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
      return h("li", {}, h("button", { type: "button", className: "link-button", "aria-current": id === state.step ? "step" : null, onclick: () => goTo(id) },
        stepTitle(id), section ? h("span", { className: "small" }, ` (${sectionCounts(section)})`) : null));
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
    const heading = h("h2", { id: ids.heading, tabindex: "-1" }, stepTitle(state.step));
    if (state.step === "start") replace(stepArea, heading, startStep());
    else if (state.step === "results") replace(stepArea, heading, resultsStep());
    else replace(stepArea, heading, sectionStep(data.sections.find((s) => s.id === state.step)));
    document.documentElement.dataset.plannerStep = state.step;
    if (focus) heading.focus();
  }

  function startStep() {
    const scale = data.sections.flatMap((s) => s.questions).find((q) => q.rated);
    return [
      h("p", {}, "This planner helps a school team check how ready it is to start a peer-to-peer mental health support program, find program models that fit, and write an action plan."),
      h("ul", {},
        h("li", {}, "Work through it as a team of three or more if you can. Many teams rate separately first, then agree in a 45 to 60 minute meeting."),
        h("li", {}, "Most teams start with low scores. When you are unsure, make an informed guess, or choose \u201cI don't know\u201d: it is left out of the score."),
        h("li", {}, "Come back in three to six months and rate again to see what has changed.")),
      scale ? h("dl", { className: "planner-scale" }, scale.options.map((o) => [h("dt", {}, o.label), h("dd", {}, o.help || "")])) : null,
      data.sections.length === 0 ? h("p", {}, "This site has no planner questions yet.") : null,
    ];
  }

  function sectionStep(section) {
    return [
      section.intro ? h("p", { className: "planner-intro" }, section.intro) : null,
      section.links.length ? helpList(section.links, "Hub pages that help") : null,
      section.questions.map((q) => questionField(q)),
    ];
  }

  function helpList(links, label) {
    return h("div", { className: "planner-help-links" }, h("p", { className: "small" }, `${label}:`),
      h("ul", {}, links.map((l) => h("li", {}, h("a", { href: l.url }, l.title)))));
  }

  function questionField(q) {
    const helpId = `help-${q.id}`;
    return h("fieldset", { className: "planner-question", "aria-describedby": q.help ? helpId : null },
      h("legend", {}, q.text),
      q.help ? h("p", { className: "planner-question-help", id: helpId }, q.help) : null,
      h("div", { className: "planner-options" }, q.options.map((o) => {
        const id = `q-${q.id}-${o.id}`;
        return h("div", { className: "planner-option" },
          h("input", { type: "radio", name: `q-${q.id}`, id, value: o.id, checked: state.answers[q.id] === o.id, onchange: () => answer(q.id, o.id) }),
          h("label", { for: id }, o.label));
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
      h("p", { className: "planner-overall" },
        h("strong", {}, `Overall readiness: ${o.percent === null ? "not rated yet" : `${o.percent}% (${o.level})`}. `),
        `${o.answered - o.unknown} rated answers are counted` + (o.unknown ? `; ${o.unknown} \u201cI don't know\u201d answers are left out.` : ".")),
      h("section", { "aria-labelledby": "planner-readiness" },
        h("h3", { id: "planner-readiness" }, "Readiness by section"),
        h("figure", { className: "planner-figure" }, readinessChart(rows, "planner-chart"),
          h("figcaption", { className: "small" }, "Share of possible points for each section. The table below gives the same figures.")),
        readinessTable(rows, scores)),
      h("section", { "aria-labelledby": "planner-models" }, h("h3", { id: "planner-models" }, "Recommended program models"), recommendations()),
      h("section", { "aria-labelledby": "planner-plan", className: "planner-plan" }, h("h3", { id: "planner-plan" }, "Your action plan"), planPart(scores)),
      h("div", { className: "planner-buttons planner-print" },
        h("button", { type: "button", onclick: () => window.print() }, "Print the plan")),
    ];
  }

  function readinessTable(rows, scores) {
    const bySection = new Map(scores.sections.map((s) => [s.title, s]));
    return h("table", { className: "planner-table" },
      h("caption", {}, "Readiness by section"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Section"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Level"), h("th", { scope: "col" }, "Answered"))),
      h("tbody", {}, rows.map((r) => {
        const s = r.overall ? scores.overall : bySection.get(r.title);
        return h("tr", { className: r.overall ? "planner-table-overall" : null },
          h("th", { scope: "row" }, r.title),
          h("td", {}, r.percent === null ? "\u2013" : `${r.percent}%`),
          h("td", {}, r.level),
          h("td", {}, `${s.answered} of ${s.total}` + (s.unknown ? ` (${s.unknown} \u201cI don't know\u201d)` : "")));
      })));
  }

  function recommendations() {
    const result = recommend(data, state.answers);
    const tier = (n, list) => [
      h("h4", {}, n === 1 ? "Tier 1: for every student" : "Tier 2: for students who need more"),
      list.length
        ? h("ul", { className: "planner-models" }, list.map((m) => h("li", {},
            h("a", { href: m.url }, m.title), m.summary ? h("p", { className: "small" }, m.summary) : null,
            h("ul", { className: "planner-reasons" }, m.reasons.map((r) => h("li", {}, r))))))
        : h("p", {}, `No tier ${n} model matched your answers yet. `, h("a", { href: "../models/" }, "Browse all program models"), " to compare them."),
    ];
    return [
      result.missing.length
        ? h("p", { className: "planner-warning" }, `Answer every question in \u201c${data.sections.find((s) => s.group === "profile")?.title ?? "About your school"}\u201d for better suggestions. Still to answer: `,
            result.missing.map((m) => m.text).join(" "), " ",
            h("button", { type: "button", className: "link-button", onclick: () => goTo(data.sections.find((s) => s.group === "profile").id) }, "Go to those questions"))
        : null,
      tier(1, result.tier1), tier(2, result.tier2),
    ];
  }

  function planPart(scores) {
    const container = h("div", {});
    const chosen = new Set(chosenPriorities(state, scores));
    const order = weakest(scores.sections);
    const boxes = [];
    const picker = h("fieldset", { className: "planner-priorities" },
      h("legend", {}, `Choose up to ${MAX_PRIORITIES} priorities to work on first`),
      h("p", { className: "small" }, "Your weakest sections are listed first and suggested until you choose."),
      h("ul", {}, order.map((s) => {
        const box = h("input", { type: "checkbox", id: `priority-${s.id}`, value: s.id, checked: chosen.has(s.id), onchange: (e) => onPriority(s.id, e.target.checked) });
        boxes.push(box);
        return h("li", {}, box, h("label", { for: box.id }, `${s.title} (${s.percent === null ? "not rated" : s.percent + "%"})`));
      })));
    const plan = h("div", { className: "planner-priority-list" });
    const limitNote = h("p", { className: "small", id: "planner-priority-limit", "aria-live": "polite" });

    function drawPlan() {
      const current = new Set(chosenPriorities(state, scores));
      for (const box of boxes) {
        box.checked = current.has(box.value);
        box.disabled = !box.checked && current.size >= MAX_PRIORITIES;
      }
      limitNote.textContent = current.size >= MAX_PRIORITIES ? `You have chosen ${MAX_PRIORITIES}. Untick one to choose another.` : "";
      const items = actionPlan(data, state, scores);
      replace(plan, items.length ? items.map(priorityBlock) : h("p", {}, "Rate some sections, then choose a priority to plan next steps."));
    }
    function onPriority(id, on) {
      state = togglePriority(state, scores, id, on);
      save();
      drawPlan();
    }
    drawPlan();
    return [h("p", {}, "Pick the areas to work on first. For each, write at least three steps: what will happen, who will do it (a role, such as \u201cschool counselor\u201d, never a student's name) and by when."),
      picker, limitNote, plan];
  }

  function priorityBlock(item) {
    return h("section", { className: "planner-priority", "aria-labelledby": `plan-${item.id}` },
      h("h4", { id: `plan-${item.id}` }, `${item.title}: ${item.percent === null ? "not rated" : `${item.percent}%, ${item.level}`}`),
      item.suggestions.length ? [h("p", { className: "small" }, "Suggested next steps:"), h("ul", {}, item.suggestions.map((s) => h("li", {}, s)))] : null,
      item.links.length ? helpList(item.links, "Hub pages that help") : null,
      h("ol", { className: "planner-plan-steps" }, item.steps.map((step, i) => h("li", {},
        h("fieldset", {}, h("legend", {}, `Step ${i + 1}`),
          ["what", "who", "when"].map((field) => {
            const id = `plan-${item.id}-${i}-${field}`;
            const label = { what: "What will happen", who: "Who (a role, not a name)", when: "By when" }[field];
            return h("div", { className: `planner-field planner-field-${field}` },
              h("label", { for: id }, label),
              h("input", { type: "text", id, value: step[field], maxlength: MAX_TEXT, autocomplete: "off",
                oninput: (e) => { state = setStepField(state, item.id, i, field, e.target.value); save(); } }));
          }))))));
  }

  load();
  readShareLink();
  render(false);
  document.documentElement.dataset.plannerReady = "true";
}
