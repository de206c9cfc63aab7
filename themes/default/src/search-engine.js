// The search engine of PeerHub: lunr queries built from what people type, with no DOM, so search.js, the
// relevance benchmark (tests/search-js/relevance.mjs) and tests drive exactly the same code.

export const KIND_LABELS = {
  tier: "Tier guides", model: "Program models", curriculum: "Training", scenario: "Scenarios",
  page: "Guides", section: "Overviews", resources: "Resources", term: "Topics and skills", listing: "Lists", planner: "Tools",
  toolkit: "Templates", toolkitprofile: "School profile",
};
export const KIND_SINGULAR = {
  tier: "Tier guide", model: "Program model", curriculum: "Training course", scenario: "Scenario",
  page: "Guide", section: "Overview", resources: "Resources", term: "Topic or skill", listing: "List", planner: "Tool",
  toolkit: "Template", toolkitprofile: "School profile",
};
export const KIND_ORDER = ["model", "scenario", "curriculum", "toolkit", "tier", "term", "page", "section", "listing", "resources", "planner", "toolkitprofile"];

// Edit distance counting a swap of neighbours as one edit, as lunr's fuzzy match does ("mentro" is one
// from "mentor"); bounded, so it stops as soon as the distance must exceed the limit.
export function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevBest = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
      if (row[j] < best) best = row[j];
    }
    // A swap can still reach back one row, so stop only when neither row can stay within the limit.
    if (best > limit && prevBest >= limit) return limit + 1;
    prevBest = best;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Words of a query as synonym phrases are written: lower case, split at spaces, hyphens and punctuation. */
function plainWords(text) {
  return (text || "").toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

// How much a result counts by how the query matched it: every word, every word but near-misses, or only some.
const MODE_WEIGHT = { all: 1, fuzzy: 0.7, some: 0.3, none: 0, syntax: 1, common: 0, empty: 0 };
const MODE_RANK = ["empty", "common", "none", "some", "fuzzy", "all", "syntax"];
// A result found only through a synonym ranks a little below the same score for the words typed.
const SYNONYM_WEIGHT = 0.85;

/**
 * @param synonyms groups of words and phrases that mean the same (content/data/synonyms.yml, lower case): a query
 * that holds one is also run with each of the others in its place, and the results merged.
 */
export function createEngine(lunr, serialisedIndex, docs, synonyms = []) {
  const index = lunr.Index.load(serialisedIndex);
  // An index built with another language's pipeline (lunr-languages names its functions "stemmer-es") is queried with
  // that language's trimmer and stop words, which its script put on lunr (lunr.es.trimmer, lunr.es.stopWordFilter);
  // an English index with lunr's own.
  const code = (serialisedIndex.pipeline || []).map((name) => /-([a-z]{2,3})$/.exec(name)?.[1]).find(Boolean);
  const trimmer = (code && lunr[code]?.trimmer) || lunr.trimmer;
  const stopWordFilter = (code && lunr[code]?.stopWordFilter) || lunr.stopWordFilter;
  // Every synonym phrase with its group, longest first, so "self harm" is tried before a one-word entry.
  const synonymPhrases = synonyms
    .flatMap((group, g) => group.map((phrase) => ({ words: plainWords(phrase), group: g })))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const fieldPattern = new RegExp("(^|\\s)(" + index.fields.join("|") + "):\\S");
  let vocabulary = null;

  // A query a user clearly wrote in lunr's syntax (+must -not title:x plan* x~1 x^5) goes to lunr's parser.
  function isSyntax(text) {
    return /(^|\s)[+-][^\s+-]/.test(text) || /[^\s~]~\d/.test(text) || /[^\s^]\^\d/.test(text)
      || /\S\*/.test(text) || fieldPattern.test(text);
  }

  // Split the way the pages were indexed (lunr's tokenizer and trimmer); lunr's operators become spaces,
  // so "self-harm", "c++" or "what's next?" can never be a query syntax error.
  function words(text) {
    return lunr.tokenizer(text.replace(/[:^~+*\\]/g, " "))
      .map((token) => trimmer(token).toString())
      .filter((word) => word.length > 0);
  }

  // One group per word the user typed; a result must satisfy every group ("all words" semantics).
  function groupsFor(list, typing, fuzzy) {
    const groups = [];
    list.forEach((word, i) => {
      if (stopWordFilter(word) === undefined) return; // never indexed: "the", "how", "and"
      const stem = index.pipeline.runString(word)[0];
      if (!stem) return;
      // The last word may still be half-typed: also match words it begins, but only from two letters on,
      // since a one-letter prefix expands to most of the index.
      const prefix = typing && i === list.length - 1 && word.length >= 2;
      const distance = fuzzy ? (stem.length >= 7 ? 2 : stem.length >= 4 ? 1 : 0) : 0;
      // A word can run past its indexed stem, half-typed ("confidentia" past "confidenti", "mindfu" past
      // "mind") or misspelt at the end ("restorativ", "confidentialty"): the longest indexed word it starts
      // with stands in for it; at once for the word being typed when that is most of it (so "restor" does
      // not also find "rest"), and for every word on the second pass, from four letters on.
      let cut = null;
      for (let k = word.length - 1; (prefix || fuzzy) && k >= 4 && !cut; k--) {
        if (index.invertedIndex[word.slice(0, k)] && (fuzzy || k >= 0.75 * word.length)) cut = word.slice(0, k);
      }
      groups.push({ word, stem, prefix, distance, cut, position: i });
    });
    return groups;
  }

  // Adjacent words as one term, because tags are indexed whole: "tier 2", "mental health club".
  function phrasesFor(list, groups) {
    const phrases = [];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= list.length; i++) {
        const stem = index.pipeline.runString(list.slice(i, i + n).join(" "))[0];
        if (!stem || !index.invertedIndex[stem]) continue;
        const covers = groups.filter((g) => g.position >= i && g.position < i + n);
        phrases.push({ stem, covers });
      }
    }
    return phrases;
  }

  function matches(group, term) {
    if (term === group.stem || term === group.cut) return true;
    if (group.prefix && (term.startsWith(group.word) || term.startsWith(group.stem))) return true;
    return group.distance > 0 && editDistance(term, group.stem, group.distance) <= group.distance;
  }

  // minShare: with requireAll false, the share of the words a result must match (a long sentence must not match
  // every page through one common word).
  function run(groups, phrases, requireAll, minShare = 0) {
    if (groups.length === 0) return [];
    const found = index.query((q) => {
      for (const g of groups) {
        // Exact (stemmed) words outrank completions and near-misses.
        q.term(g.stem, { usePipeline: false, boost: 10 });
        if (g.prefix) {
          q.term(g.word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
          if (g.stem !== g.word) q.term(g.stem, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        }
        if (g.distance) q.term(g.stem, { usePipeline: false, editDistance: g.distance, boost: 1 });
        if (g.cut) q.term(g.cut, { usePipeline: false, boost: 1 });
      }
      for (const p of phrases) q.term(p.stem, { usePipeline: false, boost: 10 });
    });
    // One word: every result lunr found matched it, so there is nothing to check.
    if ((!requireAll && minShare === 0) || groups.length === 1) return found;
    return found.filter((result) => {
      const terms = Object.keys(result.matchData.metadata);
      const phraseHit = new Set();
      for (const p of phrases) if (terms.includes(p.stem)) p.covers.forEach((g) => phraseHit.add(g));
      const matched = groups.filter((g) => phraseHit.has(g) || terms.some((t) => matches(g, t))).length;
      return requireAll ? matched === groups.length : matched >= Math.ceil(minShare * groups.length);
    });
  }

  // Character ranges lunr recorded for the fields the document store holds (title, summary).
  function highlights(result) {
    const ranges = { title: [], summary: [] };
    const metadata = result.matchData.metadata;
    for (const term in metadata) {
      for (const field in metadata[term]) {
        const positions = metadata[term][field].position;
        if (ranges[field] && positions) ranges[field].push(...positions);
      }
    }
    const matchedFields = new Set();
    for (const term in metadata) for (const field in metadata[term]) matchedFields.add(field);
    return { title: ranges.title, summary: ranges.summary, fields: [...matchedFields], terms: metadata };
  }

  // Two nudges on top of lunr's BM25, which on a small, focused hub gives common words like "mentoring"
  // almost no weight: a page whose title holds the words typed ranks higher, and "tier 2 ..." names a tier,
  // so pages the document store files under that tier rank first among equals.
  function decorate(list, query, groups) {
    const tiers = new Set(Array.from(query.matchAll(/\b(?:tier|nivel)\s*([0-9])\b/gi), (m) => Number(m[1])));
    const typed = plainWords(query).join(" ");
    return list.filter((r) => docs[r.ref]).map((r) => {
      let score = r.score;
      // The page whose whole title is what was typed ("peer mentoring") is the page meant.
      if (plainWords(docs[r.ref].t).join(" ") === typed) score *= 3;
      if (groups && groups.length) {
        const titleTerms = Object.keys(r.matchData.metadata).filter((t) => r.matchData.metadata[t].title);
        score *= 1 + groups.filter((g) => titleTerms.some((t) => matches(g, t))).length / groups.length;
      }
      if (docs[r.ref].r.some((t) => tiers.has(t))) score *= 2;
      // Highlights are worked out only for the results someone actually sees.
      let marks = null;
      return { ref: r.ref, score, doc: docs[r.ref], get marks() { return marks || (marks = highlights(r)); } };
    }).sort((a, b) => b.score - a.score);
  }

  // The query again with each synonym phrase it holds replaced by the others of its group (a dozen at most).
  function variants(text) {
    const list = plainWords(text);
    const out = new Set();
    for (const p of synonymPhrases) {
      for (let i = 0; i + p.words.length <= list.length; i++) {
        if (!p.words.every((w, k) => list[i + k] === w)) continue;
        for (const other of synonyms[p.group]) {
          const alternative = [...list.slice(0, i), ...plainWords(other), ...list.slice(i + p.words.length)].join(" ");
          if (alternative !== list.join(" ")) out.add(alternative);
        }
      }
    }
    return [...out].slice(0, 12);
  }

  // The words typed, and every synonym variant of them; each result keeps its best score, weighed by how it matched.
  function search(text, options) {
    const first = searchWords(text, options);
    const alternatives = first.mode === "syntax" ? [] : variants(text);
    if (alternatives.length === 0) return first;
    const best = new Map();
    let mode = first.mode;
    const take = (outcome, weight) => {
      if (MODE_RANK.indexOf(outcome.mode) > MODE_RANK.indexOf(mode)) mode = outcome.mode;
      for (const r of outcome.results) {
        const score = r.score * MODE_WEIGHT[outcome.mode] * weight;
        const kept = best.get(r.ref);
        if (!kept || score > kept.score) best.set(r.ref, { ref: r.ref, score, doc: r.doc, get marks() { return r.marks; } });
      }
    };
    take(first, 1);
    // Run as the words typed were (half-typed last word or not), so their scores compare.
    for (const alternative of alternatives) take(searchWords(alternative, options), SYNONYM_WEIGHT);
    return { query: first.query, mode, results: [...best.values()].sort((a, b) => b.score - a.score) };
  }

  // Plain words: all of them (the last as a prefix), then near-misses, then most of them.
  function searchWords(text, options) {
    const typing = !options || options.typing !== false;
    const query = (text || "").trim();
    if (!query) return { query, mode: "empty", results: [] };
    if (isSyntax(query)) {
      try {
        return { query, mode: "syntax", results: decorate(index.search(query), query) };
      } catch (error) {
        if (!(error instanceof lunr.QueryParseError)) throw error;
        // Not valid lunr syntax after all: treat it as plain words.
      }
    }
    const list = words(query);
    let groups = groupsFor(list, typing, false);
    if (groups.length === 0) return { query, mode: list.length ? "common" : "empty", results: [] };
    let phrases = phrasesFor(list, groups);
    let found = run(groups, phrases, true);
    if (found.length) return { query, mode: "all", results: decorate(found, query, groups) };
    groups = groupsFor(list, typing, true);
    phrases = phrasesFor(list, groups);
    found = run(groups, phrases, true);
    if (found.length) return { query, mode: "fuzzy", results: decorate(found, query, groups) };
    // Some of the words: at least half of them, so a long sentence does not match every page through one word.
    found = groups.length > 1 ? run(groups, phrases, false, 0.5) : [];
    return { query, mode: found.length ? "some" : "none", results: decorate(found, query, groups) };
  }

  // "Did you mean": the closest words people can read (titles and summaries), offered only when each corrected word
  // is a word of the index and the corrected query finds more than what was typed; never for a long query, where a
  // stray word is more likely meant than misspelt.
  function suggest(text) {
    if (!vocabulary) {
      vocabulary = new Map();
      for (const ref in docs) {
        for (const w of (docs[ref].t + " " + docs[ref].s).toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || []) {
          vocabulary.set(w, (vocabulary.get(w) || 0) + 1);
        }
      }
    }
    const list = (text || "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    if (list.length === 0 || list.length > 4) return null;
    let changed = false;
    const fixed = [];
    for (const w of list) {
      if (w.length < 3 || vocabulary.has(w)) { fixed.push(w); continue; }
      const limit = w.length <= 4 ? 1 : 2;
      let best = null, bestDistance = limit + 1, bestCount = 0;
      for (const [candidate, count] of vocabulary) {
        const d = editDistance(w, candidate, limit);
        // Only words within the limit: the distance function reports anything further as limit + 1.
        if (d <= limit && (d < bestDistance || (d === bestDistance && count > bestCount))) { best = candidate; bestDistance = d; bestCount = count; }
      }
      const stem = best && index.pipeline.runString(best)[0];
      if (!stem || !index.invertedIndex[stem]) return null;   // no real word of the index to offer
      changed = true;
      fixed.push(best);
    }
    if (!changed) return null;
    const candidate = fixed.join(" ");
    const strict = (outcome) => outcome.mode === "all" || outcome.mode === "syntax" ? outcome.results.length : 0;
    return strict(search(candidate, { typing: false })) > strict(search(text, { typing: false })) ? candidate : null;
  }

  // A word as the index holds it (lower case, trimmed, stemmed), to find a result's matched words in its text.
  function stem(word) {
    const token = trimmer(new lunr.Token(word.toLowerCase())).toString();
    return token ? index.pipeline.runString(token)[0] || "" : "";
  }

  return { search, suggest, stem, index, docs };
}
