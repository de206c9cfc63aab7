// Role-play packs. On every pack page: a "Print this pack" button. On /packs/: the pack builder, which filters
// the scenario library (embedded as JSON), keeps an ordered selection that a link can share, and prints the
// chosen scenarios' sheets, which the build rendered into the page (layouts/partials/pack-builder-sheets.html)
// with the same layout as the generated packs; this script only puts them in order and numbers them.
// No framework, no request to any other site. Built by esbuild (`npm run bundle`) into static/js/pack-builder.js.
import { el } from "../static/js/dom.js";
import { t, plural, number } from "../static/js/strings.js";

const script = document.currentScript;
// The script lives at <site>/js/pack-builder.js, so the site root is one folder up, whatever the sub-path.
const siteRoot = script ? new URL("../", script.src) : new URL("/", location.href);
const root = document.documentElement;

for (const button of document.querySelectorAll("[data-pack-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

const builder = document.querySelector("[data-pack-builder]");
if (builder) startBuilder(builder);
root.dataset.packReady = "true";

/** A site path such as /scenarios/x/ made absolute against the site root (the page may be under a sub-path). */
function siteUrl(path) {
  return path.startsWith("/") ? new URL(path.slice(1), siteRoot).href : path;
}

/** Writes a value into every data-fill slot of that name inside an element. */
function fill(node, name, value) {
  for (const slot of node.querySelectorAll(`[data-fill='${name}']`)) slot.textContent = String(value);
}

function capitalise(text) {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** The same wording as the printed packs' (Templates/Words.cs, Duration). */
function duration(minutes) {
  if (minutes < 60) return t("builder.duration.minutes", { minutes: number(minutes) });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const text = t(hours === 1 ? "builder.duration.hours.one" : "builder.duration.hours.other", { hours: number(hours) });
  return rest === 0 ? text : t("builder.duration.hours_minutes", { hours: text, minutes: number(rest) });
}

function startBuilder(container) {
  const library = JSON.parse(document.getElementById("pack-library").textContent);
  const bySlug = new Map(library.map((s) => [s.slug, s]));
  const form = container.querySelector("[data-builder-filters]");
  const results = container.querySelector("[data-builder-results]");
  const count = container.querySelector("[data-builder-count]");
  const chosen = container.querySelector("[data-builder-selection]");
  const empty = container.querySelector("[data-builder-empty]");
  const status = container.querySelector("[data-builder-status]");
  const printButton = container.querySelector("[data-builder-print]");
  const linkBox = container.querySelector("[data-builder-link]");
  const output = container.querySelector("[data-builder-output]");
  const skip = document.querySelector("[data-builder-skip]");
  const yourPack = container.querySelector("#selection-heading");
  const scenariosHeading = container.querySelector("#results-heading");
  const templates = new Map([...container.querySelectorAll("template[data-scenario-sheets]")].map((t) => [t.dataset.scenarioSheets, t]));
  let selection = [];

  container.querySelector("[data-builder-fallback]").hidden = true;
  container.querySelector("[data-builder-ui]").hidden = false;

  const restored = readShared();
  selection = restored.filter((slug) => bySlug.has(slug));
  selection = selection.filter((slug, i) => selection.indexOf(slug) === i);
  const missing = restored.length - selection.length;

  form.addEventListener("change", renderResults);
  form.addEventListener("submit", (event) => event.preventDefault());
  printButton.addEventListener("click", () => window.print());
  container.querySelector("[data-builder-copy]").addEventListener("click", copyLink);
  // The list of scenarios is long: the skip link at the top of the page, and a link after each scenario added, take
  // the keyboard to "Your pack"; "Back to the scenarios" returns. Focus moves to the heading, and the address (whose
  // fragment may hold a shared pack) is left alone.
  if (skip) {
    skip.hidden = false;
    skip.addEventListener("click", (event) => jumpTo(event, yourPack));
  }
  container.querySelector("[data-builder-back]").addEventListener("click", (event) => jumpTo(event, scenariosHeading));

  renderAll();
  if (restored.length > 0) {
    announce(plural("builder.opened", selection.length) + (missing > 0 ? " " + plural("builder.missing", missing) : ""));
  }
  root.dataset.packBuilder = "ready";

  /** The slugs of a shared link: ?s=a,b,c or #s=a,b,c. */
  function readShared() {
    const fromQuery = new URLSearchParams(location.search).get("s");
    const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("s");
    const value = fromQuery || fromHash || "";
    return value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  }

  function jumpTo(event, heading) {
    event.preventDefault();
    heading.focus();
    heading.scrollIntoView({ block: "start" });
  }

  function announce(message) {
    // Clearing first makes a repeated message be read again.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  }

  function renderAll() {
    renderResults();
    renderSelection();
    renderPack();
    writeLink();
  }

  function matches(s) {
    const f = new FormData(form);
    const model = f.get("model"), skill = f.get("skill"), difficulty = f.get("difficulty");
    const minutes = f.get("minutes"), escalation = f.get("escalation"), grades = f.get("grades");
    return (!model || s.models.includes(model))
      && (!skill || s.skills.some((k) => k.toLowerCase() === String(skill).toLowerCase()))
      && (!difficulty || s.difficulty === difficulty)
      && (!grades || s.gradeBands.includes(grades))
      && (!minutes || s.minutes <= Number(minutes))
      && (!escalation || s.escalates === (escalation === "yes"));
  }

  function renderResults() {
    const shown = library.filter(matches);
    count.textContent = t("builder.count", { shown: number(shown.length), total: number(library.length) });
    results.replaceChildren(...shown.map((s) => {
      const added = selection.includes(s.slug);
      const button = el("button", { type: "button", class: added ? "secondary" : null, "data-toggle": s.slug },
        added ? t("builder.remove_from_pack") : t("builder.add_to_pack"), el("span", { class: "visually-hidden", text: `: ${s.title}` }));
      button.addEventListener("click", () => toggle(s.slug));
      const actions = el("div", { class: "item-actions" }, button);
      if (added) {
        const position = selection.indexOf(s.slug) + 1;
        const jump = el("a", { href: "#your-pack", class: "item-jump", "data-jump": s.slug },
          t("builder.go_to_pack", { count: number(selection.length) }),
          el("span", { class: "visually-hidden", text: t("builder.where_in_pack", { title: s.title, position: number(position) }) }));
        jump.addEventListener("click", (event) => jumpTo(event, yourPack));
        actions.append(jump);
      }
      return el("li", { "data-slug": s.slug },
        el("a", { class: "item-title", href: siteUrl(s.url), text: s.title }),
        el("span", { class: "item-facts", text: facts(s) }),
        actions);
    }));
    if (shown.length === 0) results.append(el("li", { class: "builder-empty", text: t("builder.no_match") }));
  }

  function facts(s) {
    return [t("builder.minutes", { minutes: number(s.minutes) }), capitalise(s.difficultyName), s.grades, s.escalates ? t("builder.escalates") : null]
      .filter(Boolean).join(" · ");
  }

  function toggle(slug) {
    const s = bySlug.get(slug);
    if (selection.includes(slug)) {
      selection = selection.filter((x) => x !== slug);
      announce(plural("builder.removed", selection.length, { title: s.title }));
    } else {
      selection = [...selection, slug];
      announce(t("builder.added", { title: s.title, position: number(selection.length), total: number(selection.length) }));
    }
    renderAll();
    results.querySelector(`[data-toggle="${CSS.escape(slug)}"]`)?.focus();
  }

  function move(slug, by) {
    const from = selection.indexOf(slug);
    const to = from + by;
    if (from < 0 || to < 0 || to >= selection.length) return;
    const next = [...selection];
    [next[from], next[to]] = [next[to], next[from]];
    selection = next;
    announce(t("builder.moved", { title: bySlug.get(slug).title, position: number(to + 1), total: number(selection.length) }));
    renderAll();
    // Keep the keyboard where it was; at either end the pressed button is disabled, so use the other one.
    const item = chosen.querySelector(`li[data-slug="${CSS.escape(slug)}"]`);
    const same = item.querySelector(by < 0 ? "[data-move='up']" : "[data-move='down']");
    const other = item.querySelector(by < 0 ? "[data-move='down']" : "[data-move='up']");
    (same.disabled ? other : same).focus();
  }

  function remove(slug) {
    const index = selection.indexOf(slug);
    toggle(slug);
    const items = chosen.querySelectorAll("li");
    const next = items[Math.min(index, items.length - 1)];
    (next ? next.querySelector("[data-move='remove']") : results.querySelector(`[data-toggle="${CSS.escape(slug)}"]`))?.focus();
  }

  function renderSelection() {
    empty.hidden = selection.length > 0;
    for (const slot of document.querySelectorAll("[data-builder-chosen]")) slot.textContent = String(selection.length);
    printButton.disabled = selection.length === 0;
    chosen.replaceChildren(...selection.map((slug, i) => {
      const s = bySlug.get(slug);
      const hidden = el("span", { class: "visually-hidden", text: `: ${s.title}` });
      const up = el("button", { type: "button", class: "secondary", "data-move": "up", disabled: i === 0 }, t("builder.move_up"), hidden.cloneNode(true));
      const down = el("button", { type: "button", class: "secondary", "data-move": "down", disabled: i === selection.length - 1 }, t("builder.move_down"), hidden.cloneNode(true));
      const drop = el("button", { type: "button", class: "secondary", "data-move": "remove" }, t("builder.remove"), hidden.cloneNode(true));
      up.addEventListener("click", () => move(slug, -1));
      down.addEventListener("click", () => move(slug, +1));
      drop.addEventListener("click", () => remove(slug));
      return el("li", { "data-slug": slug },
        el("span", { class: "item-title", text: s.title }),
        el("span", { class: "item-facts", text: facts(s) }),
        el("div", { class: "item-actions" }, up, down, drop));
    }));
  }

  function writeLink() {
    const url = new URL(location.href);
    url.hash = "";
    url.search = selection.length > 0 ? `?s=${selection.join(",")}` : "";
    history.replaceState(null, "", url.href);
    linkBox.value = url.href;
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(linkBox.value);
      announce(t("builder.copied"));
    } catch {
      linkBox.select();
      announce(t("builder.copy_by_hand"));
    }
  }

  /**
   * Puts the chosen scenarios' sheets after the cover and the contents and numbers them. The sheets are the page's
   * pre-rendered templates, laid out by the build as in the generated packs (PageNumbering.Sheets); numbering is
   * all that happens here: pages follow on from the front pages, one per sheet, in the chosen order.
   */
  function renderPack() {
    for (const old of output.querySelectorAll("[data-generated]")) old.remove();
    output.hidden = selection.length === 0;
    const total = selection.length;
    let page = Number(output.dataset.frontPages);
    const sheets = [];
    const toc = [];
    selection.forEach((slug, index) => {
      const number = index + 1;
      const id = `scenario-${number}`;
      const copy = templates.get(slug).content.cloneNode(true);
      const entry = copy.querySelector("li");
      entry.querySelector("[data-fill='href']").setAttribute("href", `#${id}`);
      for (const sheet of [...copy.children].filter((child) => child.tagName === "SECTION")) {
        page += 1;
        const sheetId = id + sheet.dataset.id;
        sheet.removeAttribute("data-id");
        sheet.id = sheetId;
        sheet.setAttribute("aria-labelledby", `${sheetId}-title`);
        sheet.querySelector("h2").id = `${sheetId}-title`;
        sheet.dataset.scenario = String(number);
        sheet.dataset.generated = "";
        fill(sheet, "number", number);
        fill(sheet, "total", total);
        fill(sheet, "page", page);
        // The contents line gives the page of the scenario's first guide sheet and of its first card sheet.
        const first = entry.querySelector(`[data-fill='${sheet.dataset.sheet}-page']`);
        if (first.textContent === "") first.textContent = String(page);
        sheets.push(sheet);
      }
      toc.push(entry);
    });
    output.append(...sheets);
    output.querySelector("[data-fill='toc']").replaceChildren(...toc);
    fill(output, "count", total);
    fill(output, "duration", duration(selection.reduce((sum, slug) => sum + bySlug.get(slug).minutes, 0)));
    fill(output, "pages", page);
    // The pages and the order, for anyone (or any test) waiting on the pack to be laid out.
    output.dataset.pages = String(page);
    output.dataset.slugs = selection.join(",");
  }
}
