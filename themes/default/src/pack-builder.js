// Role-play packs. On every pack page: a "Print this pack" button. On /packs/: the pack builder, which filters
// the scenario library (embedded as JSON), keeps an ordered selection that a link can share, and lays the
// chosen scenarios out with the same sheets, classes and page numbering as the generated packs (see
// layouts/partials/pack-*.html; PackLayout.cs decides each scenario's guide parts and cards per sheet).
// No framework, no request to any other site. Built by esbuild (`npm run bundle`) into static/js/pack-builder.js.
import { el } from "../static/js/dom.js";

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

/** An element holding HTML the generator rendered from Markdown (raw HTML is escaped there); site links fixed up. */
function rendered(tag, attrs, htmlText) {
  const node = el(tag, attrs);
  node.innerHTML = htmlText;
  for (const a of node.querySelectorAll("a[href^='/']")) a.href = siteUrl(a.getAttribute("href"));
  return node;
}

function list(tag, items) {
  return el(tag, {}, items.map((item) => rendered("li", {}, item)));
}

function capitalise(text) {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** The same wording as PackPages.Duration. */
function duration(minutes) {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hour${hours === 1 ? "" : "s"}` + (rest === 0 ? "" : ` ${rest} minutes`);
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

  renderAll();
  if (restored.length > 0) {
    announce(`Opened a shared pack of ${selection.length} scenario${selection.length === 1 ? "" : "s"}.` +
      (missing > 0 ? ` ${missing} scenario${missing === 1 ? " in the link is" : "s in the link are"} no longer in the library.` : ""));
  }
  root.dataset.packBuilder = "ready";

  /** The slugs of a shared link: ?s=a,b,c or #s=a,b,c. */
  function readShared() {
    const fromQuery = new URLSearchParams(location.search).get("s");
    const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("s");
    const value = fromQuery || fromHash || "";
    return value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
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
    const minutes = f.get("minutes"), escalation = f.get("escalation");
    return (!model || s.models.includes(model))
      && (!skill || s.skills.some((k) => k.toLowerCase() === String(skill).toLowerCase()))
      && (!difficulty || s.difficulty === difficulty)
      && (!minutes || s.minutes <= Number(minutes))
      && (!escalation || s.escalates === (escalation === "yes"));
  }

  function renderResults() {
    const shown = library.filter(matches);
    count.textContent = `(${shown.length} of ${library.length})`;
    results.replaceChildren(...shown.map((s) => {
      const added = selection.includes(s.slug);
      const button = el("button", { type: "button", class: added ? "secondary" : null, "data-toggle": s.slug },
        added ? "Remove from pack" : "Add to pack", el("span", { class: "visually-hidden", text: `: ${s.title}` }));
      button.addEventListener("click", () => toggle(s.slug));
      return el("li", { "data-slug": s.slug },
        el("a", { class: "item-title", href: siteUrl(s.url), text: s.title }),
        el("span", { class: "item-facts", text: facts(s) }),
        el("div", { class: "item-actions" }, button));
    }));
    if (shown.length === 0) results.append(el("li", { class: "builder-empty", text: "No scenario matches these filters." }));
  }

  function facts(s) {
    return [`${s.minutes} min`, capitalise(s.difficultyName), s.escalates ? "involves escalation" : null]
      .filter(Boolean).join(" · ");
  }

  function toggle(slug) {
    const s = bySlug.get(slug);
    if (selection.includes(slug)) {
      selection = selection.filter((x) => x !== slug);
      announce(`${s.title} removed. The pack has ${selection.length} scenario${selection.length === 1 ? "" : "s"}.`);
    } else {
      selection = [...selection, slug];
      announce(`${s.title} added at position ${selection.length} of ${selection.length}.`);
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
    announce(`${bySlug.get(slug).title} moved to position ${to + 1} of ${selection.length}.`);
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
    printButton.disabled = selection.length === 0;
    chosen.replaceChildren(...selection.map((slug, i) => {
      const s = bySlug.get(slug);
      const hidden = el("span", { class: "visually-hidden", text: `: ${s.title}` });
      const up = el("button", { type: "button", class: "secondary", "data-move": "up", disabled: i === 0 }, "Move up", hidden.cloneNode(true));
      const down = el("button", { type: "button", class: "secondary", "data-move": "down", disabled: i === selection.length - 1 }, "Move down", hidden.cloneNode(true));
      const drop = el("button", { type: "button", class: "secondary", "data-move": "remove" }, "Remove", hidden.cloneNode(true));
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
      announce("Link copied.");
    } catch {
      linkBox.select();
      announce("Select the link and copy it.");
    }
  }

  /** Lays out the chosen scenarios as the generated packs do: the cover, the contents, then guides and cards. */
  function renderPack() {
    for (const old of output.querySelectorAll("[data-generated]")) old.remove();
    output.hidden = selection.length === 0;
    const scenarios = selection.map((slug) => bySlug.get(slug));
    let page = 2;
    const sheets = [];
    const toc = [];
    scenarios.forEach((s, index) => {
      const number = index + 1;
      const id = `scenario-${number}`;
      const guidePages = s.guideParts.map((part, i) => ({ page: ++page, part, id: i === 0 ? id : `${id}-guide-${i + 1}` }));
      const chunks = [];
      for (let i = 0; i < s.roles.length; i += s.cardsPerSheet) chunks.push(s.roles.slice(i, i + s.cardsPerSheet));
      const cardPages = chunks.map((roles, i) => ({ page: ++page, roles, sheet: i + 1, id: `${id}-cards-${i + 1}` }));
      toc.push({ s, id, guide: guidePages[0].page, cards: cardPages[0].page });
      sheets.push(...guidePages.map((g) => () => guideSheet(s, number, scenarios.length, g)));
      sheets.push(...cardPages.map((c) => () => cardSheet(s, number, scenarios.length, c, chunks.length)));
    });
    const pages = page;

    for (const slot of output.querySelectorAll("[data-fill='count']")) slot.textContent = String(scenarios.length);
    for (const slot of output.querySelectorAll("[data-fill='duration']")) slot.textContent = duration(scenarios.reduce((sum, s) => sum + s.minutes, 0));
    for (const slot of output.querySelectorAll("[data-fill='pages']")) slot.textContent = String(pages);
    output.querySelector("[data-fill='toc']").replaceChildren(...toc.map((t) => el("li", {},
      el("a", { href: `#${t.id}`, text: t.s.title }), " ",
      el("span", { class: "toc-facts", text: `${t.s.minutes} min · ${t.s.difficultyName}${t.s.escalates ? " · involves escalation" : ""}` }), " ",
      el("span", { class: "toc-pages", text: `guide p. ${t.guide}, cards p. ${t.cards}` }))));
    output.append(...sheets.map((make) => { const sheet = make(); sheet.dataset.generated = ""; return sheet; }));
    // The pages and the order, for anyone (or any test) waiting on the pack to be laid out.
    output.dataset.pages = String(pages);
    output.dataset.slugs = selection.join(",");

    function head(s, number, total) {
      return el("p", { class: "sheet-head", text: `Custom role-play pack · Scenario ${number} of ${total}: ${s.title}` });
    }

    function guideSheet(s, number, total, g) {
      const label = g.part === "before" ? "Facilitator guide, part 1 of 2: before you start"
        : g.part === "after" ? "Facilitator guide, part 2 of 2: red flags and debrief" : "Facilitator guide";
      const body = el("div", { class: "sheet-body" },
        el("h2", { id: `${g.id}-title` }, el("span", { class: "sheet-kind", text: label }), ` ${number}. `,
          el("a", { href: siteUrl(s.url), text: s.title })));
      if (g.part !== "after") {
        body.append(el("p", { class: "guide-facts", text: `${s.minutes} minutes, debrief included · ${capitalise(s.difficultyName)} · Skills: ${s.skills.map(capitalise).join(", ")}` }));
        if (s.contentWarning) {
          body.append(el("div", { class: "guide-warning" },
            el("h3", { text: "Content note: read it aloud first" }),
            rendered("p", {}, s.contentWarning),
            el("p", {}, el("strong", { text: "Opt-out:" }), " anyone can take the observer seat, sit this one out or step out at any time with the agreed signal, no reason needed."),
            el("p", {}, el("strong", { text: "Coping step afterwards:" }), " a minute of slow breathing together, then a reminder that the facilitator and the school counselor are there to talk to.")));
        }
        body.append(el("h3", { text: "Before you start" }), list("ul", s.notes),
          el("h3", { text: "Setup: read aloud" }), rendered("p", {}, s.setup),
          el("p", { class: "guide-roles" }, el("strong", { text: `Roles (${s.roles.length} cards):` }), " " + s.roles.map((r) => r.name).join("; ")));
        if (s.prompts.length > 0) body.append(el("h3", { text: "Prompts to feed in" }), list("ul", s.prompts));
      }
      if (g.part !== "before") {
        body.append(s.redFlags.length > 0
          ? el("div", { class: "guide-flags" },
            el("h3", { text: "Red flags: stop the role-play and go to the adult advisor together" }), list("ul", s.redFlags),
            el("h3", { text: "Escalation steps for the helper" }), list("ol", s.escalation))
          : el("div", { class: "guide-flags" },
            el("h3", { text: "Red flags" }),
            el("p", { text: "None are planned. If one comes up anyway, stop the role-play and go to the adult advisor together." })));
        body.append(el("h3", { text: "Debrief questions" }), list("ol", s.debrief));
      }
      return el("section", { class: "pack-sheet pack-guide", id: g.id, "aria-labelledby": `${g.id}-title`, "data-scenario": String(number), "data-sheet": "guide" },
        head(s, number, total), body,
        el("p", { class: "sheet-foot", text: `Scenario ${number} of ${total} · ${label} · Page ${g.page} of ${pages}` }));
    }

    function cardSheet(s, number, total, c, sheetCount) {
      const grid = el("div", { class: "card-grid" }, c.roles.map((r) => el("section", { class: "role-slip", "aria-label": `Role card: ${r.name}` },
        el("p", { class: "slip-scenario", text: s.title }),
        el("h3", { class: "slip-role", text: r.name }),
        rendered("div", { class: "slip-brief" }, r.brief),
        el("p", { class: "slip-signal", text: "You can step out at any time with the group's signal." }),
        el("p", { class: "slip-local" }, "Your adult advisor and local support:", el("span", { class: "slip-blank" }), el("span", { class: "slip-blank" })))));
      return el("section", { class: `pack-sheet pack-cards cards-${s.cardsPerSheet}`, id: c.id, "aria-labelledby": `${c.id}-title`, "data-scenario": String(number), "data-sheet": "cards" },
        head(s, number, total),
        el("div", { class: "sheet-body" },
          el("h2", { id: `${c.id}-title`, class: "cards-title" }, `Role cards: ${s.title}`, el("span", { class: "cut-hint", text: " (cut along the dashed lines)" })),
          grid),
        el("p", { class: "sheet-foot", text: `Scenario ${number} of ${total} · Role cards, sheet ${c.sheet} of ${sheetCount} · Page ${c.page} of ${pages}` }));
    }
  }
}
