// The search engine on a small index built here by lunr itself: synonyms, "Did you mean" and long queries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const theme = path.join(here, "../../themes/default");
const lunr = createRequire(import.meta.url)(path.join(theme, "node_modules/lunr/lunr.js"));
const { createEngine } = await import(path.join(theme, "src/search-engine.js"));

const pages = [
  { id: "consent/", title: "Consent and confidentiality", summary: "What families sign before a student takes part.", body: "Send the consent form home in the first week." },
  { id: "stories/", title: "Sharing stories", summary: "Telling a story with permission.", body: "Ask with permission before you share a story about a student." },
  { id: "bullying/", title: "Teased every day between classes", summary: "A role-play about bullying.", body: "Bullying in the hallway, and the adult it goes to." },
  { id: "grief/", title: "Grief after a grandparent dies", summary: "A student misses a grandparent.", body: "Listening to grief without fixing it." },
  { id: "mentoring/", title: "Peer mentoring", summary: "Older students meet younger ones.", body: "Mentoring pairs meet weekly." },
  { id: "foundations/", title: "Peer mentor foundations", summary: "The course for peer mentors.", body: "Mentoring skills, session by session, peer mentoring practice." },
];
const index = lunr(function () {
  this.ref("id");
  this.field("title", { boost: 10 });
  this.field("summary", { boost: 3 });
  this.field("body");
  this.metadataWhitelist = ["position"];
  for (const p of pages) this.add(p);
});
const docs = Object.fromEntries(pages.map((p) => [p.id, { t: p.title, u: p.id, k: "page", r: [], s: p.summary }]));
const synonyms = [["consent", "permission", "permission slip"], ["bullying", "harassment"]];
const engine = createEngine(lunr, JSON.parse(JSON.stringify(index)), docs, synonyms);
const refs = (q) => engine.search(q, { typing: false }).results.map((r) => r.ref);

test("a synonym finds the page that uses the other word, ranked above the page that only shares a word", () => {
  assert.equal(refs("parent permission")[0], "consent/");
  assert.deepEqual(refs("harassment"), ["bullying/"]);
});

test("without synonyms the same query finds only the page with the word typed", () => {
  const plain = createEngine(lunr, JSON.parse(JSON.stringify(index)), docs);
  assert.deepEqual(plain.search("harassment", { typing: false }).results.map((r) => r.ref), []);
});

test("the page whose title is what was typed comes first", () => {
  assert.equal(refs("peer mentoring")[0], "mentoring/");
});

test("did you mean: a misspelling gets the real word when that finds more", () => {
  assert.equal(engine.suggest("grieff"), "grief");
});

test("did you mean: never a word further than the allowed edits (it used to offer one at the limit plus one)", () => {
  assert.equal(engine.suggest("zzqxy"), null);
});

test("did you mean: nothing for a long query, for words the index lacks, or when the query already finds pages", () => {
  assert.equal(engine.suggest("and left 1 and the other"), null);
  assert.equal(engine.suggest("zzqxy"), null);
  assert.equal(engine.suggest("grief"), null);
});

test("a long sentence matches only pages that hold at least half of its words, not every page", () => {
  const sentence = "a student who is teased every day in the hallway between classes and nobody notices";
  const found = refs(sentence);
  assert.ok(found.length < pages.length / 2, `found ${found.join(", ")}`);
  assert.ok(found.includes("bullying/"), `found ${found.join(", ")}`);
});
