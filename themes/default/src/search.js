// PeerHub search: the header box's suggestions and the search page, over the prebuilt lunr index.
// Built by esbuild (`npm run bundle`) into static/js/search.js, one classic script, so it also runs from file://.
// Nothing loads until someone uses a search box.
import { el } from "../static/js/dom.js";
import { t, has, parts, plural, number } from "../static/js/strings.js";
import { createEngine, editDistance, KIND_LABELS, KIND_SINGULAR, KIND_ORDER } from "./search-engine.js";

// The engine (src/search-engine.js) is also offered to the benchmark in the browser.
const api = { createEngine, kindLabels: KIND_LABELS, timings: {} };
window.PeerHubSearch = api;

// ---------------------------------------------------------------------------------------------
// Loading: lunr and the index are fetched on first use, once, and kept for the page's life.
// ---------------------------------------------------------------------------------------------

const script = document.currentScript || document.querySelector("script[src$='js/search.js']");
// search.js lives at <root>/js/search.js, so ".." is the site root, under any sub-path or on disk.
const root = new URL("..", script ? script.src : location.href);
const onDisk = root.protocol === "file:";
const html = document.documentElement;
let loading = null;

// The page's language decides which index it searches. An English page has none of this and searches search/; a page
// in another language (baseof.html writes <script type="application/json" id="search-language"> on Spanish pages)
// names its own index's folder (es/search/) and the scripts its pipeline needs (lunr-languages' stemmer support and
// lunr.es.js, published under js/vendor/, which register trimmer-es, stopWordFilter-es and stemmer-es on lunr). Those
// load after lunr, in order, and only when the index names a pipeline function lunr does not have yet.
const ENGLISH = { folder: "search/", scripts: [] };
const language = readLanguage();
// What the language's page addresses start with, as the index's refs give them: "" for English, "es/" for Spanish.
const prefix = language.folder.replace(/search\/$/, "");

function readLanguage() {
  const node = document.getElementById("search-language");
  if (!node) return ENGLISH;
  try {
    const config = JSON.parse(node.textContent);
    return { folder: String(config.folder || ENGLISH.folder), scripts: Array.isArray(config.scripts) ? config.scripts.map(String) : [] };
  } catch {
    return ENGLISH;
  }
}

function siteUrl(path) {
  const url = new URL(path, root);
  // From disk a folder URL shows a directory listing, so name the page itself.
  if (onDisk && url.pathname.endsWith("/")) url.pathname += "index.html";
  return url;
}

function addScript(url) {
  return new Promise((resolve, reject) => {
    const element = document.createElement("script");
    element.src = url.href;
    element.onload = () => resolve();
    element.onerror = () => reject(new Error("could not load " + url.href));
    document.head.appendChild(element);
  });
}

async function fetchJson(path) {
  const response = await fetch(new URL(path, root).href);
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response.json();
}

let lunrLoading = null;
function loadLunr() {
  lunrLoading ??= window.lunr ? Promise.resolve() : addScript(new URL("js/vendor/lunr.min.js", root));
  return lunrLoading;
}

// The script form of the indexes (file://) sets one global, window.PEERHUB_SEARCH, whichever folder it comes from, so
// the forms of two indexes load one after the other, each taken off the global before the next.
let scriptData = Promise.resolve();

/** An index's files, fetched (or, where fetch is refused, loaded as a script) from its folder. */
async function fetchIndex(folder) {
  if (!onDisk) {
    try {
      const [index, docs, synonyms] = await Promise.all([
        fetchJson(folder + "index.json"), fetchJson(folder + "docs.json"), fetchJson(folder + "synonyms.json").catch(() => []),
      ]);
      return { index, docs, synonyms };
    } catch (error) {
      // Some hosts and file:// refuse fetch; the script form of the same data still loads.
    }
  }
  const data = scriptData.then(async () => {
    if (!window.PEERHUB_SEARCH) await addScript(new URL(folder + "search-data.js", root));
    const loaded = window.PEERHUB_SEARCH;
    window.PEERHUB_SEARCH = undefined;
    return loaded;
  });
  scriptData = data.catch(() => {});
  return data;
}

/** Loads the scripts a pipeline needs (lunr-languages), in order, when the index names a function lunr lacks. */
async function loadPipeline(serialisedIndex) {
  const lunr = window.lunr;
  const missing = (serialisedIndex.pipeline || []).some((name) => !lunr.Pipeline.registeredFunctions[name]);
  if (!missing) return;
  for (const path of language.scripts) await addScript(new URL(path, root));
}

function load() {
  if (loading) return loading;
  html.dataset.searchState = "loading";
  const started = performance.now();
  loading = (async () => {
    const lunrReady = loadLunr();
    const data = await fetchIndex(language.folder);
    await lunrReady;
    await loadPipeline(data.index);
    const fetched = performance.now();
    const engine = createEngine(window.lunr, data.index, data.docs, data.synonyms || []);
    api.timings = { fetchMs: fetched - started, loadMs: performance.now() - fetched, totalMs: performance.now() - started };
    api.engine = engine;
    html.dataset.searchReady = "true";
    html.dataset.searchState = "ready";
    return engine;
  })();
  loading.catch(() => {
    // Let the next keystroke try again (a flaky connection should not break search for the visit).
    loading = null;
    html.dataset.searchState = "error";
  });
  return loading;
}
api.load = load;

// The default language's index too, on a page in another language whose reader asks for results in English.
let englishLoading = null;
function loadEnglish() {
  englishLoading ??= (async () => {
    const lunrReady = loadLunr();
    const data = await fetchIndex(ENGLISH.folder);
    await lunrReady;
    return createEngine(window.lunr, data.index, data.docs, data.synonyms || []);
  })();
  englishLoading.catch(() => { englishLoading = null; });
  return englishLoading;
}

// ---------------------------------------------------------------------------------------------
// Rendering helpers: DOM nodes only (no HTML strings, see dom.js), so page text can never become markup.
// ---------------------------------------------------------------------------------------------

// Text with <mark> around lunr's ranges; ranges include the punctuation lunr trimmed, so trim it here too.
function marked(text, ranges, from, to) {
  from = from || 0;
  to = to === undefined ? text.length : to;
  const spans = ranges
    .map(([start, length]) => {
      let s = start, e = start + length;
      while (s < e && !/[\p{L}\p{N}]/u.test(text[s])) s++;
      while (e > s && !/[\p{L}\p{N}]/u.test(text[e - 1])) e--;
      return [Math.max(s, from), Math.min(e, to)];
    })
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
    // Words matched side by side ("red flag") read better as one highlight.
    .reduce((merged, span) => {
      const last = merged[merged.length - 1];
      if (last && /^\s*$/.test(text.slice(last[1], span[0]))) last[1] = Math.max(last[1], span[1]);
      else merged.push(span);
      return merged;
    }, []);
  const fragment = document.createDocumentFragment();
  let at = from;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(el("mark", { text: text.slice(start, e) }));
    at = e;
  }
  if (at < to) fragment.append(text.slice(at, to));
  return fragment;
}

// A summary is usually short; a long one is cut to a window around its first highlighted word.
// The words of a page's text that a result matched, as [start, length] ranges: each word is stemmed as the index
// stems it and compared with the result's matched terms.
function matchedRanges(engine, text, terms) {
  const ranges = [];
  for (const m of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    if (terms.has(engine.stem(m[0]))) ranges.push([m.index, m[0].length]);
  }
  return ranges;
}

// The text of a page's main content, fetched from the site itself (never another site) and kept for the visit.
// Pages opened from disk cannot fetch, so there a result keeps its summary alone.
const pageTexts = new Map();
function pageText(url) {
  if (onDisk) return Promise.resolve(null);
  if (!pageTexts.has(url)) {
    pageTexts.set(url, fetch(url).then((response) => (response.ok ? response.text() : null)).then((markup) => {
      if (!markup) return null;
      const main = new DOMParser().parseFromString(markup, "text/html").querySelector("main");
      main?.querySelectorAll("h1, .lead, nav, script, style").forEach((n) => n.remove());
      // The pages' markup has no white space between blocks ("<dt>What it is for</dt><dd><p>The card...") or between a
      // card's facts ("<span>Families</span><span>1 printed page</span>"); a space keeps their words apart.
      main?.querySelectorAll("p, li, dt, dd, td, th, h2, h3, h4, h5, h6, div, tr, figcaption, blockquote, br").forEach((n) => n.after(" "));
      main?.querySelectorAll("span + span").forEach((n) => n.before(" "));
      return main ? main.textContent.replace(/\s+/g, " ").trim() : null;
    }).catch(() => null));
  }
  return pageTexts.get(url);
}

function snippet(text, ranges, size) {
  if (text.length <= size) return marked(text, ranges);
  const first = ranges.length ? Math.min(...ranges.map((r) => r[0])) : 0;
  let from = Math.max(0, first - Math.floor(size / 3));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + size);
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  const fragment = document.createDocumentFragment();
  if (from > 0) fragment.append("… ");
  fragment.append(marked(text, ranges, from, to));
  if (to < text.length) fragment.append(" …");
  return fragment;
}

function tierText(doc) {
  if (!doc.r || doc.r.length === 0) return null;
  return t(doc.r.length > 1 ? "search.tiers.other" : "search.tiers.one", { tiers: doc.r.join(t("search.and")) });
}

// A kind's name, for a result ("Scenario") and for a filter chip ("Scenarios"): from the page's strings, else the
// engine's English names.
const kindName = (k) => (has("search.kind." + k) ? t("search.kind." + k) : KIND_SINGULAR[k] || k);
const kindsName = (k) => (has("search.kinds." + k) ? t("search.kinds." + k) : KIND_LABELS[k] || k);
const quoted = (query) => t("search.quoted", { query });
// Who a page is for (the store's "a", from the page's `audience` or its kind's default), in the filter's order.
const AUDIENCE_ORDER = ["coordinators", "trainers", "families", "students"];
const audienceName = (a) => (has("search.audience." + a) ? t("search.audience." + a) : a);
// Most pages are for the staff who run a program and train its peer helpers; a result says whom it is for only when
// that is families or students, the readers who most need to find their own pages, and not everyone (a listing).
const LABELLED_AUDIENCES = ["families", "students"];
function audienceLabels(doc) {
  const audiences = doc.a || [];
  if (AUDIENCE_ORDER.every((a) => audiences.includes(a))) return [];
  return LABELLED_AUDIENCES.filter((a) => audiences.includes(a) && has("search.for_audience." + a))
    .map((a) => el("span", { class: "search-result-audience", "data-audience": a, text: t("search.for_audience." + a) }));
}

function debounce(fn, ms) {
  let timer = 0;
  const wrapped = (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

const searchPage = document.getElementById("search-page-input");
const searchPageUrl = siteUrl(language.folder);

function goToSearchPage(query) {
  const url = new URL(searchPageUrl);
  url.searchParams.set("q", query);
  location.assign(url.href);
}

// ---------------------------------------------------------------------------------------------
// The header box: an ARIA 1.2 combobox with a listbox of the best few pages.
// ---------------------------------------------------------------------------------------------

const SUGGESTIONS = 6;

function setupCombobox(input) {
  const form = input.form;
  const listId = input.id + "-listbox";
  const listbox = el("ul", { id: listId, role: "listbox", class: "search-suggest", "aria-label": t("search.results_label"), hidden: true });
  const status = el("p", { class: "visually-hidden", role: "status" });
  form.append(listbox, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  let options = [];
  let active = -1;
  let rendered = 0;

  function open(isOpen) {
    listbox.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    if (!isOpen) setActive(-1);
  }

  function setActive(i) {
    if (options[active]) options[active].node.setAttribute("aria-selected", "false");
    active = i;
    if (options[active]) {
      options[active].node.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].node.id);
      options[active].node.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function option(href, ...content) {
    const node = el("li", { id: listId + "-" + options.length, role: "option", "aria-selected": "false", class: "search-suggest-option" }, ...content);
    options.push({ node, href });
    return node;
  }

  async function render() {
    const query = input.value.trim();
    if (!query) { open(false); listbox.replaceChildren(); status.textContent = ""; return; }
    let engine;
    try { engine = await load(); } catch (error) {
      status.textContent = t("search.load_failed_box");
      return;
    }
    if (input.value.trim() !== query) return; // a newer keystroke will render
    const { results, mode } = engine.search(query);
    options = [];
    active = -1;
    const items = results.slice(0, SUGGESTIONS).map((r) =>
      option(siteUrl(r.doc.u).href,
        el("span", { class: "search-suggest-title" }, marked(r.doc.t, r.marks.title)),
        el("span", { class: "search-suggest-kind", text: [kindName(r.doc.k), tierText(r.doc)].filter(Boolean).join(" · ") })));
    const allUrl = new URL(searchPageUrl);
    allUrl.searchParams.set("q", query);
    const label = results.length === 0 ? t("search.no_matches_yet", { query: quoted(query) })
      : results.length > SUGGESTIONS ? t("search.see_all", { count: number(results.length) }) : t("search.open_page");
    items.push(option(allUrl.href, el("span", { class: "search-suggest-all", text: label })));
    listbox.replaceChildren(...items);
    listbox.dataset.renderedFor = query;
    listbox.dataset.renders = String(++rendered);
    listbox.dataset.mode = mode;
    open(true);
    status.textContent = results.length === 0 ? t("search.no_results") : plural("search.results_choose", results.length);
  }
  const later = debounce(render, 120);

  input.addEventListener("focus", () => { load().catch(() => {}); });
  input.addEventListener("input", later);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (listbox.hidden) { if (input.value.trim()) { later.cancel(); render(); } return; }
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = active + step;
      setActive(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
    } else if (event.key === "Enter" && !listbox.hidden && options[active]) {
      event.preventDefault();
      location.assign(options[active].href);
    } else if (event.key === "Escape") {
      if (!listbox.hidden || input.value) { event.preventDefault(); later.cancel(); input.value = ""; open(false); status.textContent = ""; }
    }
  });
  // Keep focus in the box while a pointer picks an option.
  listbox.addEventListener("mousedown", (event) => event.preventDefault());
  listbox.addEventListener("click", (event) => {
    const node = event.target.closest("[role=option]");
    const picked = options.find((o) => o.node === node);
    if (picked) location.assign(picked.href);
  });
  form.addEventListener("focusout", (event) => { if (!form.contains(event.relatedTarget)) open(false); });
  form.addEventListener("submit", (event) => {
    // The form's own action also works without JavaScript; this keeps it right from disk and on the search page.
    event.preventDefault();
    const query = input.value.trim();
    if (searchPage) { open(false); searchPage.value = query; searchPage.form.requestSubmit(); searchPage.focus(); }
    else goToSearchPage(query);
  });
}

// ---------------------------------------------------------------------------------------------
// The search page: results as you type, highlights, filter chips, the state kept in the URL.
// ---------------------------------------------------------------------------------------------

function setupSearchPage(input) {
  const results = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const filters = document.getElementById("search-filters");
  const intro = Array.from(results.childNodes, (n) => n.cloneNode(true));
  // On a page in another language: "Include results in English" (search.html writes it there), kept in the URL as en=1.
  const includeEnglish = document.getElementById("search-include-english");
  const baseTitle = document.title;
  // Each filter group: its URL parameter, its label, and the values a stored doc has for it.
  const GRADE_ORDER = ["K-5", "6-8", "9-12"];
  const facets = [
    { key: "kinds", param: "type", attr: "data-kind", label: t("search.filter.type"), of: (doc) => [doc.k], chip: kindsName,
      order: (values) => KIND_ORDER.filter((k) => values.has(k)).concat([...values].filter((k) => !KIND_ORDER.includes(k))) },
    { key: "tiers", param: "tier", attr: "data-tier", label: t("search.filter.tier"), of: (doc) => doc.r.map(String), chip: (v) => t("search.filter.tier_chip", { tier: v }), order: (values) => [...values].sort() },
    { key: "grades", param: "grades", attr: "data-grades", label: t("search.filter.grades"), of: (doc) => doc.g || [], chip: (v) => t("search.filter.grades_chip", { grades: v }),
      order: (values) => GRADE_ORDER.filter((g) => values.has(g)) },
    { key: "audiences", param: "audience", attr: "data-audience", label: t("search.filter.audience"), of: (doc) => doc.a || [], chip: audienceName,
      order: (values) => AUDIENCE_ORDER.filter((a) => values.has(a)) },
  ];
  const state = Object.fromEntries(facets.map((f) => [f.key, new Set()]));
  let chips = null;
  let rendered = 0;

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    if (includeEnglish) includeEnglish.checked = params.get("en") === "1";
    for (const f of facets) state[f.key] = new Set((params.get(f.param) || "").split(",").filter(Boolean));
  }

  function writeUrl(push) {
    const url = new URL(location.href);
    url.search = "";
    const query = input.value.trim();
    if (query) url.searchParams.set("q", query);
    if (includeEnglish?.checked) url.searchParams.set("en", "1");
    for (const f of facets) if (state[f.key].size) url.searchParams.set(f.param, [...state[f.key]].join(","));
    if (url.href === location.href) return;
    history[push ? "pushState" : "replaceState"](null, "", url.href);
  }

  function buildChips(engine) {
    const group = (label, id) => el("div", { class: "search-chip-group", role: "group", "aria-labelledby": id }, el("span", { id, class: "search-chip-label", text: label }));
    chips = [];
    const groups = facets.map((f) => {
      const values = new Set();
      for (const ref in engine.docs) for (const v of f.of(engine.docs[ref])) values.add(v);
      const box = group(f.label, "search-filter-" + f.param);
      for (const v of f.order(values)) {
        const button = el("button", { type: "button", class: "search-chip", "aria-pressed": "false", [f.attr]: v });
        chips.push({ button, facet: f, value: v, label: f.chip(v) });
        box.append(button);
      }
      return box;
    });
    filters.replaceChildren(...groups);
    filters.addEventListener("click", (event) => {
      const chip = chips.find((c) => c.button === event.target.closest("button"));
      if (!chip) return;
      const set = state[chip.facet.key];
      if (set.has(chip.value)) set.delete(chip.value); else set.add(chip.value);
      writeUrl(false);
      render();
    });
  }

  // A doc passes every chosen filter group but `except` (so a chip can count what it would add).
  const passes = (doc, except) => facets.every((f) => f === except || state[f.key].size === 0 || f.of(doc).some((v) => state[f.key].has(v)));

  function updateChips(all) {
    for (const chip of chips) {
      // Each chip counts what it would show given the other groups' choices (facet counts).
      const count = all.filter((r) => passes(r.doc, chip.facet) && chip.facet.of(r.doc).includes(chip.value)).length;
      const pressed = state[chip.facet.key].has(chip.value);
      chip.button.setAttribute("aria-pressed", String(pressed));
      // A chip that would show nothing is left out, unless it is on (so it can be turned off).
      chip.button.hidden = count === 0 && !pressed;
      chip.button.replaceChildren(chip.label + " ", el("span", { class: "search-chip-count", text: "(" + number(count) + ")" }));
    }
  }

  function popular(engine) {
    const picks = ["getting-started/", "tiers/tier-2/", "models/peer-mentoring/", "elements/policies-and-procedures/", "resources/"]
      .map((u) => prefix + u).filter((u) => engine.docs[u]);
    if (picks.length === 0) return null;
    return el("div", { class: "search-popular" },
      el("h2", { text: t("search.popular") }),
      el("ul", {}, ...picks.map((u) => el("li", {}, el("a", { href: siteUrl(u).href, text: engine.docs[u].t })))));
  }

  // "Did you mean ..." as a link that runs the corrected search in place (and still works opened in a new tab).
  function suggestionLink(engine, query) {
    const suggestion = engine.suggest(query);
    if (!suggestion) return null;
    const href = new URL(location.href);
    href.search = "?q=" + encodeURIComponent(suggestion);
    const link = el("a", { href: href.href, "data-suggestion": suggestion }, el("strong", { text: suggestion }));
    link.addEventListener("click", (event) => { event.preventDefault(); input.value = suggestion; writeUrl(true); render(); input.focus(); });
    return link;
  }

  function emptyState(engine, query, mode) {
    const box = el("div", { class: "search-empty" });
    box.append(el("p", { class: "search-empty-title" }, mode === "common" ? t("search.common_words", { query: quoted(query) })
      : parts("search.no_results_for", { query: el("strong", { text: quoted(query) }) })));
    const tips = el("ul", { class: "search-tips" });
    const link = suggestionLink(engine, query);
    if (link) tips.append(el("li", {}, parts("search.did_you_mean", { suggestion: link })));
    tips.append(el("li", { text: t("search.tip_words") }));
    box.append(el("p", { text: t("search.try") }), tips, popular(engine));
    box.append(el("p", { class: "search-help-now" }, parts("search.help_now", { link: el("a", { href: "#crisis-heading", text: t("search.help_now_link") }) })));
    return box;
  }

  function resultItem(r) {
    const doc = r.doc;
    const visible = r.marks.title.length + r.marks.summary.length > 0;
    // A result from the English index, on a page in another language: its title and text are marked as English, and
    // its line of facts, in the page's language, says so.
    const english = r.english ? "en" : null;
    return el("li", { class: r.english ? "search-result search-result-english" : "search-result" },
      el("h2", { class: "search-result-title", lang: english }, el("a", { href: siteUrl(doc.u).href, hreflang: english }, marked(doc.t, r.marks.title))),
      el("p", { class: "search-result-meta" },
        r.english ? [el("span", { class: "search-result-language", text: t("search.english_result") }), " · "] : null,
        el("span", { class: "search-result-kind", text: kindName(doc.k) }),
        audienceLabels(doc).flatMap((label) => [" · ", label]),
        tierText(doc) ? " · " + tierText(doc) : null,
        visible ? null : el("span", { class: "search-result-where", text: " · " + t("search.matched_in_text") })),
      doc.s ? el("p", { class: "search-result-snippet", lang: english }, snippet(doc.s, r.marks.summary, 260)) : null,
      el("p", { class: "search-result-context", lang: english, hidden: "" }));
  }

  // A line of the page's own text around the words it matched, with them marked, for the first results whose
  // words are in the page text rather than its title or summary alone.
  async function addContext(engine, list, shown, query) {
    const jobs = shown.slice(0, 10).map(async (r, i) => {
      const terms = new Set(Object.keys(r.marks.terms || {}));
      if (terms.size === 0) return;
      const text = await pageText(siteUrl(r.doc.u).href);
      if (!text || input.value.trim() !== query) return;
      const ranges = matchedRanges(r.engine || engine, text, terms);
      const item = list.children[i]?.querySelector(".search-result-context");
      if (ranges.length === 0 || !item) return;
      item.replaceChildren(snippet(text, ranges, 200));
      item.hidden = false;
    });
    await Promise.all(jobs);
    if (input.value.trim() === query) results.dataset.contextFor = query;
  }

  // A page of results at a time: a common word can match most of a large site, and building thousands of
  // list items would cost more than the search itself.
  const PAGE = 30;
  function showMore(list, shown, from) {
    list.append(...shown.slice(from, from + PAGE).map(resultItem));
    list.nextElementSibling?.remove();
    const left = shown.length - from - PAGE;
    if (left <= 0) return;
    const more = el("button", { type: "button", class: "secondary search-more", text: t("search.show_more", { count: number(Math.min(left, PAGE)), left: number(left) }) });
    more.addEventListener("click", () => {
      showMore(list, shown, from + PAGE);
      // Keyboard users carry on from the first new result.
      list.children[from + PAGE]?.querySelector("a")?.focus();
    });
    list.after(more);
  }

  async function render() {
    const query = input.value.trim();
    document.title = query ? quoted(query) + " · " + baseTitle : baseTitle;
    if (!query) {
      results.replaceChildren(...intro.map((n) => n.cloneNode(true)));
      status.textContent = "";
      status.classList.remove("visually-hidden");
      filters.hidden = true;
      results.dataset.renderedFor = "";
      return;
    }
    let engine;
    try { engine = await load(); } catch (error) {
      status.textContent = t("search.load_failed");
      return;
    }
    const english = includeEnglish?.checked ? await loadEnglish().catch(() => null) : null;
    if (input.value.trim() !== query) return;
    if (!chips) buildChips(engine);
    const started = performance.now();
    const { results: all, mode } = searchWith(engine, english, query);
    const shown = all.filter((r) => passes(r.doc));
    updateChips(all);
    for (const group of filters.children) group.hidden = !group.querySelector(".search-chip:not([hidden])");
    filters.hidden = all.length === 0;
    const filtered = facets.some((f) => state[f.key].size > 0);
    // The empty state says it in full on screen; the status line still tells screen readers.
    status.classList.toggle("visually-hidden", all.length === 0);
    if (all.length === 0) {
      status.textContent = t("search.status_none", { query: quoted(query) });
      results.replaceChildren(emptyState(engine, query, mode));
    } else if (shown.length === 0) {
      status.textContent = t("search.status_filtered_out", { count: number(all.length), query: quoted(query) });
      const clear = el("button", { type: "button", class: "secondary", text: t("search.clear_filters") });
      clear.addEventListener("click", () => { for (const f of facets) state[f.key].clear(); writeUrl(false); render(); });
      results.replaceChildren(el("p", { text: t("search.none_match_filters") + " " }, clear));
    } else {
      const count = plural("search.results", shown.length);
      status.textContent = t("search.status", { count: filtered ? t("search.of_all", { count, total: number(all.length) }) : count, query: quoted(query) })
        + t(mode === "fuzzy" ? "search.mode.fuzzy" : mode === "some" ? "search.mode.some" : "search.mode.all");
      const fix = mode === "fuzzy" || mode === "some" ? suggestionLink(engine, query) : null;
      const list = el("ol", { class: "search-results-list" });
      results.replaceChildren(fix ? el("p", { class: "search-didyoumean" }, parts("search.did_you_mean", { suggestion: fix })) : "", list);
      showMore(list, shown, 0);
      addContext(engine, list, shown, query);
    }
    api.timings.lastSearchMs = performance.now() - started;
    results.dataset.renderedFor = query;
    results.dataset.mode = mode;
    results.dataset.renders = String(++rendered);
  }
  const later = debounce(() => { writeUrl(false); render(); }, 120);

  // The page's index, and with "Include results in English" the English index too: its results the page's own index
  // does not have in this language (a page found in both is shown in this language), merged by score and marked.
  function searchWith(engine, english, query) {
    const found = engine.search(query);
    if (!english) return found;
    const other = english.search(query);
    const here = new Set(found.results.map((r) => r.doc.u));
    const added = other.results.filter((r) => !here.has(prefix + r.doc.u))
      .map((r) => ({ ref: r.ref, score: r.score, doc: r.doc, english: true, engine: english, get marks() { return r.marks; } }));
    if (added.length === 0) return found;
    return { query: found.query, mode: found.results.length ? found.mode : other.mode, results: [...found.results, ...added].sort((a, b) => b.score - a.score) };
  }

  input.addEventListener("focus", () => { load().catch(() => {}); });
  includeEnglish?.addEventListener("change", () => { later.cancel(); writeUrl(false); render(); });
  input.addEventListener("input", later);
  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    later.cancel();
    writeUrl(true);
    render();
  });
  // Arrow keys walk from the box through the result links and back.
  const walk = (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = Array.from(results.querySelectorAll(".search-result-title a"));
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement);
    if (event.target === input && event.key === "ArrowUp") return;
    event.preventDefault();
    const next = event.target === input ? 0 : at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus(); else links[Math.min(next, links.length - 1)].focus();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value) { event.preventDefault(); input.value = ""; later.cancel(); writeUrl(false); render(); }
    else walk(event);
  });
  results.addEventListener("keydown", walk);
  window.addEventListener("popstate", () => { readUrl(); render(); });

  readUrl();
  if (input.value.trim()) render();
}

// ---------------------------------------------------------------------------------------------
// Wiring.
// ---------------------------------------------------------------------------------------------

document.querySelectorAll("[data-search-input]").forEach((input) => { if (input.form) setupCombobox(input); });
if (searchPage) setupSearchPage(searchPage);

// "/" focuses search (the page's own box on the search page), as on many documentation sites.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = searchPage || document.querySelector("[data-search-input]");
  if (box) { event.preventDefault(); box.focus(); box.select(); }
});
