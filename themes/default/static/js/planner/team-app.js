// The team view's page: a facilitator adds each rater's export file or share link, sees the ratings side by side,
// prints the meeting agenda, records the agreed ratings and makes them the planner's assessment. Everything stays on
// this device; the session is kept in localStorage under its own key. The logic lives in team.js.
import { el, replace } from "../dom.js";
import { openStorage } from "../storage.js";
import { t, plural, number } from "../strings.js";
import { STORAGE_KEY, PlannerStateError, readStored } from "./state.js";
import {
  TEAM_KEY, MEETING_LENGTHS, FLAG_POINTS, MAX_LABEL, emptySession, readMember, addMember, renameMember, removeMember,
  teamTable, profileTable, suggestion, agenda, crowdedFlags, agreedAnswers, hasRatedAnswers, applyAgreed, readSession, toStored,
} from "./team.js";
import { ratedQuestions } from "./scoring.js";

/** Counts a finished action on <html data-team-NAME>, so tests can wait for it instead of sleeping. */
function mark(name) {
  const key = `team${name[0].toUpperCase()}${name.slice(1)}`;
  document.documentElement.dataset[key] = String(Number(document.documentElement.dataset[key] || 0) + 1);
}

/** Starts the team view inside `root` with the generated planner data. */
export function start(root, data) {
  const { store, persistent } = openStorage("peerhub.planner.team", { probeWrite: true });
  let session;
  let saveWarned = false;

  const status = el("div", { role: "status", className: "planner-status", id: "team-status" });
  const alert = el("div", { role: "alert", className: "planner-alert", id: "team-alert" });
  const panel = el("div", { className: "planner-panel", hidden: true });
  const fileInput = el("input", { type: "file", id: "team-files", multiple: true, accept: ".json,application/json", onchange: onFiles });
  const linkBox = el("textarea", { id: "team-links", rows: 3, spellcheck: "false", autocomplete: "off" });
  const members = el("div", { className: "team-members" });
  const ratings = el("section", { className: "team-ratings", "aria-labelledby": "team-ratings-heading", hidden: true });
  const agendaPart = el("section", { className: "team-agenda", "aria-labelledby": "team-agenda-heading", hidden: true });
  const agreedPart = el("section", { className: "team-agreed", "aria-labelledby": "team-agreed-heading", hidden: true });

  replace(root,
    el("p", { className: "planner-privacy" }, el("strong", {}, t("planner.team.privacy") + " "), t("planner.team.privacy_more")),
    persistent ? null : el("p", { className: "planner-warning" }, t("planner.team.no_storage")),
    el("p", { className: "team-back" }, el("a", { href: "../" }, t("planner.team.back"))),
    status, alert, panel,
    el("section", { className: "team-add", "aria-labelledby": "team-add-heading", ondragover: onDragOver, ondragleave: onDragLeave, ondrop: onDrop },
      el("h2", { id: "team-add-heading" }, t("planner.team.add_heading")),
      el("p", {}, t("planner.team.add_intro")),
      el("div", { className: "planner-field" }, el("label", { for: "team-files" }, t("planner.team.files_label")), fileInput),
      el("div", { className: "planner-field" }, el("label", { for: "team-links" }, t("planner.team.links_label")), linkBox),
      el("div", { className: "planner-buttons" }, el("button", { type: "button", className: "secondary", onclick: onLinks }, t("planner.team.add_links"))),
      members),
    ratings, agendaPart, agreedPart,
    el("div", { className: "planner-buttons team-reset" }, el("button", { type: "button", className: "secondary", onclick: onReset }, t("planner.team.reset"))));

  function say(message) { status.textContent = message; }
  function warn(...messages) { replace(alert, messages.filter(Boolean).map((m) => el("p", {}, m))); }

  function save() {
    try { store.setItem(TEAM_KEY, toStored(session)); } catch {
      // Storage full or refused: the session stays in memory, and the page says so once.
      if (!saveWarned) { saveWarned = true; root.prepend(el("p", { className: "planner-warning" }, t("planner.team.save_failed"))); }
    }
    mark("saved");
  }

  function load() {
    const text = store.getItem(TEAM_KEY);
    const { session: loaded, problem } = readSession(text, data);
    session = loaded;
    if (!problem) return;
    // Set the unreadable text aside rather than overwrite it on the next save, as the planner does with its own.
    try { store.setItem(`${TEAM_KEY}.unreadable.${new Date().toISOString()}`, text); store.removeItem(TEAM_KEY); } catch { /* refused: starting fresh is still safe */ }
    warn(problem);
  }

  function showPanel(...children) {
    replace(panel, ...children);
    panel.hidden = false;
    panel.querySelector("button")?.focus();
  }
  function hidePanel() { panel.hidden = true; replace(panel); }

  // ---- adding raters

  /** Adds each source in turn; a bad one is reported by name and leaves the session as it was. */
  function addAll(sources) {
    const problems = [];
    let added = 0;
    for (const { text, kind, name } of sources) {
      try {
        session = addMember(session, readMember(text, data, { kind, name }));
        added += 1;
      } catch (e) {
        if (!(e instanceof PlannerStateError)) throw e;
        problems.push(e.message);
      }
    }
    if (added) { save(); render(); }
    say(added ? plural("planner.team.added", added) : "");
    warn(...problems);
    mark("added");
    return problems.length === 0;
  }

  function onFiles() {
    const files = [...(fileInput.files || [])];
    fileInput.value = "";
    readFiles(files);
  }

  function readFiles(files) {
    if (files.length === 0) return;
    Promise.all(files.map((f) => f.text().then((text) => ({ text, kind: "file", name: f.name }), () => ({ text: "", kind: "file", name: f.name }))))
      .then(addAll);
  }

  // Files dropped anywhere on the "add" part are read like chosen ones; the file input stays the keyboard's way in.
  function onDragOver(e) {
    if (![...(e.dataTransfer?.types ?? [])].includes("Files")) return;
    e.preventDefault();
    e.currentTarget.classList.add("team-dropping");
  }
  function onDragLeave(e) { e.currentTarget.classList.remove("team-dropping"); }
  function onDrop(e) {
    e.currentTarget.classList.remove("team-dropping");
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    readFiles(files);
  }

  function onLinks() {
    const lines = linkBox.value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) return;
    const ok = addAll(lines.map((text, i) => ({ text, kind: "link", name: t("planner.team.link_line", { line: number(i + 1) }) })));
    if (ok) linkBox.value = "";
  }

  function renderMembers() {
    const total = data.sections.flatMap((s) => s.questions).length;
    replace(members,
      el("h3", {}, t("planner.team.members_heading")),
      session.members.length === 0 ? el("p", {}, t("planner.team.no_members")) : el("ul", { className: "team-member-list" }, session.members.map((m, i) => {
        const id = `team-label-${i}`;
        const noteId = `team-note-${i}`;
        const answered = Object.keys(m.answers).length;
        return el("li", { className: "team-member" },
          el("label", { for: id }, t("planner.team.label_for", { name: m.name })),
          el("input", { type: "text", id, value: m.label, maxlength: MAX_LABEL, autocomplete: "off", "aria-describedby": noteId,
            onchange: (e) => onRename(i, e.target) }),
          el("span", { className: "small", id: noteId }, t("planner.team.member_answers", { answered: number(answered), total: number(total) })),
          el("button", { type: "button", className: "secondary", id: `team-remove-${i}`, "aria-label": t("planner.team.remove_label", { label: m.label }), onclick: () => onRemove(i) }, t("planner.team.remove")));
      })),
      session.members.length > 0 && session.members.length < 3 ? el("p", { className: "small" }, t("planner.team.few_members")) : null);
  }

  function onRename(index, input) {
    const renamed = renameMember(session, index, input.value);
    if (!renamed) {
      input.value = session.members[index].label;
      warn(t("planner.team.rename_refused"));
      return;
    }
    session = renamed;
    save();
    warn();
    say(t("planner.team.renamed", { label: session.members[index].label }));
    // The list keeps its elements (and the keyboard's place in it); only the remove button's name follows the label.
    document.getElementById(`team-remove-${index}`)?.setAttribute("aria-label", t("planner.team.remove_label", { label: session.members[index].label }));
    renderResults();
  }

  function onRemove(index) {
    const label = session.members[index].label;
    session = removeMember(session, index);
    save();
    render();
    say(t("planner.team.removed", { label }));
    fileInput.focus();
  }

  // ---- ratings side by side, with the agreed rating for each question

  function optionText(option) {
    if (!option) return t("planner.team.no_answer");
    return typeof option.score === "number" ? t("planner.team.rating", { option: option.label, score: number(option.score) }) : option.label;
  }

  function scaleLine() {
    const scale = ratedQuestions(data)[0]?.options ?? [];
    const scored = scale.filter((o) => typeof o.score === "number").map((o) => t("planner.team.scale_point", { label: o.label, score: number(o.score) }));
    const unknown = scale.find((o) => typeof o.score !== "number")?.label ?? "";
    return t("planner.team.ratings_intro", { scale: scored.join(", "), unknown, points: number(FLAG_POINTS) });
  }

  function question(id) {
    return data.sections.flatMap((s) => s.questions).find((q) => q.id === id);
  }

  /** The agreed-rating control: a select (blank until the team agrees) and a button taking the suggestion. */
  function agreedControl(q, suggested) {
    const id = `agreed-${q.id}`;
    const select = el("select", { id, "data-question": q.id, onchange: (e) => setAgreed(q.id, e.target.value) },
      el("option", { value: "" }, t("planner.team.agreed_none")),
      q.options.map((o) => el("option", { value: o.id, selected: session.agreed[q.id] === o.id }, optionText(o))));
    const action = t("planner.team.suggest", { option: optionText(q.options.find((o) => o.id === suggested)) });
    return el("div", { className: "team-agreed-control" },
      el("label", { for: id, className: "visually-hidden" }, t("planner.team.agreed_label", { question: q.text })),
      select,
      suggested
        ? el("button", { type: "button", className: "secondary team-suggest", "aria-label": t("planner.team.suggest_label", { action, question: q.text }),
            onclick: () => { setAgreed(q.id, suggested); select.value = suggested; } }, action)
        : el("span", { className: "small" }, t("planner.team.no_suggestion")));
  }

  function setAgreed(qid, optionId) {
    const agreed = { ...session.agreed };
    if (optionId) agreed[qid] = optionId; else delete agreed[qid];
    session = { ...session, agreed };
    save();
    renderAgreedSummary();
  }

  function ratingsTable(section) {
    const labels = session.members.map((m) => m.label);
    return el("div", { className: "team-table-wrap", role: "region", tabindex: "0", "aria-label": t("planner.team.region_label", { section: section.title }) },
      el("table", { className: "planner-table team-table" },
        el("caption", {}, section.title),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, t("planner.team.table.question")),
          labels.map((l) => el("th", { scope: "col" }, l)),
          el("th", { scope: "col" }, t("planner.team.table.median")),
          el("th", { scope: "col" }, t("planner.team.table.spread")),
          el("th", { scope: "col" }, t("planner.team.table.unknown")),
          el("th", { scope: "col" }, t("planner.team.table.flag")),
          el("th", { scope: "col" }, t("planner.team.table.agreed")))),
        el("tbody", {}, section.questions.map((s) => {
          const q = question(s.id);
          return el("tr", { className: s.flagged ? "team-flagged" : null, "data-question": s.id },
            el("th", { scope: "row" }, s.text),
            s.ratings.map((r) => el("td", { className: r.option ? null : "team-blank" }, optionText(r.option))),
            el("td", { className: "team-median" }, s.median === null ? "\u2013" : number(s.median)),
            el("td", { className: "team-spread" }, s.spread === null ? "\u2013" : number(s.spread)),
            el("td", { className: "team-unknown" }, number(s.unknown)),
            el("td", { className: "team-flag" }, s.flagged ? el("strong", {}, t("planner.team.flagged", { points: number(s.spread) })) : t("planner.team.not_flagged")),
            el("td", {}, agreedControl(q, suggestion(q, s))));
        }))));
  }

  function profileBlock() {
    const rows = profileTable(data, session.members).filter((p) => p.ratings.some((r) => r.option));
    if (rows.length === 0) return null;
    return el("section", { className: "team-profile", "aria-labelledby": "team-profile-heading" },
      el("h3", { id: "team-profile-heading" }, t("planner.team.profile_heading")),
      el("p", { className: "small" }, t("planner.team.profile_intro")),
      el("div", { className: "team-table-wrap", role: "region", tabindex: "0", "aria-label": t("planner.team.region_label", { section: t("planner.team.profile_heading") }) },
        el("table", { className: "planner-table team-table" },
          el("caption", {}, t("planner.team.profile_heading")),
          el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, t("planner.team.table.question")),
            session.members.map((m) => el("th", { scope: "col" }, m.label)),
            el("th", { scope: "col" }, t("planner.team.table.agreed_answer")))),
          el("tbody", {}, rows.map((p) => el("tr", { "data-question": p.id },
            el("th", { scope: "row" }, p.text),
            p.ratings.map((r) => el("td", { className: r.option ? null : "team-blank" }, optionText(r.option))),
            el("td", {}, agreedControl(question(p.id), p.suggestion))))))));
  }

  function renderRatings(table) {
    const flagged = table.flatMap((s) => s.questions).filter((q) => q.flagged).length;
    replace(ratings,
      el("h2", { id: "team-ratings-heading" }, t("planner.team.ratings_heading")),
      el("p", {}, scaleLine()),
      el("p", { className: "team-flag-count" }, el("strong", {}, plural("planner.team.flag_count", flagged))),
      el("p", { className: "small" }, t("planner.team.agreed_intro")),
      el("div", { className: "planner-buttons" }, el("button", { type: "button", className: "secondary", onclick: () => fillSuggestions(table) }, t("planner.team.fill_suggestions"))),
      table.map((section) => el("div", { className: "team-section" }, ratingsTable(section))),
      profileBlock());
  }

  function fillSuggestions(table) {
    const agreed = { ...session.agreed };
    let filled = 0;
    for (const s of table.flatMap((x) => x.questions)) {
      const pick = suggestion(question(s.id), s);
      if (pick && !agreed[s.id]) { agreed[s.id] = pick; filled += 1; }
    }
    session = { ...session, agreed };
    save();
    renderResults();
    say(plural("planner.team.filled", filled));
  }

  // ---- the agenda

  function agendaItemText(item) {
    if (item.kind === "opening") return t("planner.team.agenda_opening");
    if (item.kind === "closing") return t("planner.team.agenda_closing");
    if (item.kind === "flagged" && item.questions.length === 1) return t("planner.team.agenda_flagged", { question: item.questions[0].text });
    if (item.kind === "flagged") return plural("planner.team.agenda_flagged_group", item.questions.length, { section: item.sectionTitle });
    return plural("planner.team.agenda_section", item.questions.length, { section: item.sectionTitle });
  }

  function agendaDetail(item) {
    if (item.kind !== "flagged") return null;
    return item.questions.map((q) => el("p", { className: "small team-agenda-ratings" },
      (item.questions.length > 1 ? q.text + " " : `(${item.sectionTitle}) `) +
      t("planner.team.agenda_ratings", {
        list: q.ratings.map((r) => `${r.label}: ${optionText(r.option)}`).join(t("planner.team.list_separator")),
        median: q.median === null ? "\u2013" : number(q.median),
      })));
  }

  function renderAgenda(table) {
    const list = el("ol", { className: "team-agenda-list" });
    const total = el("p", { className: "team-agenda-total" });
    const crowded = el("p", { className: "team-agenda-crowded planner-warning" });
    const drawItems = () => {
      const items = agenda(table, session.minutes);
      const count = crowdedFlags(items);
      crowded.hidden = count === 0;
      crowded.textContent = count === 0 ? "" : t("planner.team.agenda_crowded", { count: number(count), minutes: number(session.minutes) });
      replace(list, items.map((item) => el("li", { className: `team-agenda-${item.kind}` },
        el("span", { className: "team-agenda-minutes" }, t("planner.team.agenda_minutes", { minutes: number(item.minutes) })),
        el("span", { className: "team-agenda-text" }, agendaItemText(item), agendaDetail(item)))));
      replace(total, el("strong", {}, t("planner.team.agenda_total", { minutes: number(items.reduce((a, i) => a + i.minutes, 0)) })));
    };
    const choice = el("fieldset", { className: "team-length" },
      el("legend", {}, t("planner.team.length_legend")),
      MEETING_LENGTHS.map((m) => el("span", { className: "planner-option" },
        el("input", { type: "radio", name: "team-length", id: `team-length-${m}`, value: String(m), checked: session.minutes === m,
          onchange: () => { session = { ...session, minutes: m }; save(); drawItems(); } }),
        el("label", { for: `team-length-${m}` }, t("planner.team.length_option", { minutes: number(m) })))));
    drawItems();
    replace(agendaPart,
      el("h2", { id: "team-agenda-heading" }, t("planner.team.agenda_heading")),
      el("p", { className: "team-print-title" }, t("planner.team.agenda_title")),
      choice,
      el("p", { className: "small" }, t("planner.team.agenda_intro")),
      crowded, list, total,
      el("div", { className: "planner-buttons team-print-button" }, el("button", { type: "button", onclick: () => window.print() }, t("planner.team.print_agenda"))));
  }

  // ---- using the agreed ratings as the team's assessment

  const agreedSummary = el("p", { className: "team-agreed-count", "aria-live": "polite" });
  const resultLink = el("p", { className: "team-result-link", hidden: true }, el("a", { href: "../" }, t("planner.team.open_results")));

  function renderAgreedSummary() {
    const agreed = agreedAnswers(session, data);
    const rated = ratedQuestions(data);
    agreedSummary.textContent = t("planner.team.agreed_count", { agreed: number(rated.filter((q) => agreed[q.id]).length), total: number(rated.length) });
  }

  function renderAgreedPart() {
    replace(agreedPart,
      el("h2", { id: "team-agreed-heading" }, t("planner.team.agreed_heading")),
      agreedSummary,
      el("div", { className: "planner-buttons" }, el("button", { type: "button", onclick: onApply }, t("planner.team.apply"))),
      resultLink);
    renderAgreedSummary();
  }

  function onApply() {
    resultLink.hidden = true;
    if (Object.keys(agreedAnswers(session, data)).length === 0) { warn(t("planner.team.apply_none")); return; }
    let text;
    try { text = store.getItem(STORAGE_KEY); } catch { text = null; }
    const stored = readStored(text, data);
    if (stored.problem) { warn(t("planner.team.planner_unreadable", { problem: stored.problem })); return; }
    if (!hasRatedAnswers(stored.state, data)) { writePlanner(stored.state); return; }
    showPanel(el("p", {}, t("planner.team.apply_question")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", onclick: () => { hidePanel(); writePlanner(stored.state); } }, t("planner.team.apply_confirm")),
        el("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say(t("planner.team.apply_cancelled")); mark("applied"); } }, t("planner.team.cancel"))));
  }

  /** Saves the planner state with the agreed answers; the planner then opens on its results. */
  function writePlanner(state) {
    // The step only says where the planner opens; everything else in the state is kept.
    const next = { ...applyAgreed(state, session, data), step: "results" };
    try {
      if (!persistent) throw new Error("no storage");
      store.setItem(STORAGE_KEY, JSON.stringify({ ...next, updated: new Date().toISOString() }));
    } catch {
      warn(t("planner.team.apply_failed"));
      mark("applied");
      return;
    }
    warn();
    say(t("planner.team.applied"));
    resultLink.hidden = false;
    resultLink.querySelector("a").focus();
    mark("applied");
  }

  function onReset() {
    showPanel(el("p", {}, el("strong", {}, t("planner.team.reset_question") + " "), t("planner.team.reset_warning")),
      el("div", { className: "planner-buttons" },
        el("button", { type: "button", className: "danger", onclick: () => {
          try { store.removeItem(TEAM_KEY); } catch { /* nothing kept to remove */ }
          session = emptySession(); hidePanel(); warn(); render(); say(t("planner.team.reset_done")); fileInput.focus();
        } }, t("planner.team.reset_confirm")),
        el("button", { type: "button", className: "secondary", onclick: () => { hidePanel(); say(t("planner.team.reset_cancelled")); } }, t("planner.team.cancel"))));
  }

  // ---- drawing

  function renderResults() {
    const has = session.members.length > 0;
    for (const part of [ratings, agendaPart, agreedPart]) part.hidden = !has;
    if (!has) return;
    const table = teamTable(data, session.members);
    renderRatings(table);
    renderAgenda(table);
    renderAgreedPart();
  }

  function render() {
    renderMembers();
    renderResults();
  }

  load();
  render();
  document.documentElement.dataset.teamReady = "true";
}

