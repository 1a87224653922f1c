// The search client's own logic, without a page: node --test generator/src/test/js/
// (kept out of the theme's assets/, which every site publishes)
// (SearchClientNodeTest runs it in mvn verify when Node is installed).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");

global.window = {};
require("../../../../themes/default/assets/stemmer.js");
const search = require("../../../../themes/default/assets/search.js");

/** A shard as the index writes it (docs/search.md): words, each [word, stem] or a word that is its own stem. */
function shard(words, df) {
  const entries = words.map((w) => [w, search.stem(w)]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const stems = {};
  entries.forEach(([, s]) => { stems[s] = [0, (df && df[s]) || 1]; });
  return search.expandWords({words: entries, stems: stems});
}

const glossary = search.prepareGlossary({
  page: 9,
  terms: [
    {names: ["On-target earnings", "OTE", "pay mix"], id: "term-on-target-earnings", see: 3, section: "plan-ae"},
    {names: ["Solutions consultant", "SE", "sales engineer"], id: "term-solutions-consultant", see: 5},
    {names: ["Churn", "cancellation"], id: "term-churn"}
  ]
}, null);

test("a glossary name in the query is one unit with every other name as an alternative, both ways", () => {
  const byAbbreviation = search.planQuery(["ote", "split"], glossary);
  assert.deepEqual(byAbbreviation.units.map((u) => u.alternatives), [[["ote"], ["target", "earnings"], ["pay", "mix"]], [["split"]]]);
  assert.equal(byAbbreviation.units[0].term.see, 3);

  const byTerm = search.planQuery(["target", "earnings"], glossary);
  assert.deepEqual(byTerm.units.map((u) => u.alternatives), [[["target", "earnings"], ["ote"], ["pay", "mix"]]]);

  const bySynonym = search.planQuery(["cancellations"], glossary);
  assert.deepEqual(bySynonym.units[0].alternatives, [["cancellations"], ["churn"], ["cancellation"]], "a plural of a name is the name");

  assert.deepEqual(search.planQuery(["what", "se", "does"], glossary).units.map((u) => u.words), [["what"], ["se"], ["does"]]);
  assert.equal(search.planQuery(["sales"], glossary).units[0].term, null, "half of a name is not the name");
});

test("the entry's target page ranks first for its term, and both directions find the same pages", () => {
  const index = {paths: ["a", "b", "c", "compensation", "d"], pages: 5};
  const plan = search.planQuery(["ote"], glossary);
  const byWord = new Map([
    ["ote", new Map([["ote", {weight: 1, chunk: 0, df: 1, cls: "ote"}]])],
    ["target", new Map([["target", {weight: 1, chunk: 0, df: 2, cls: "target"}]])],
    ["earnings", new Map([["earn", {weight: 1, chunk: 0, df: 2, cls: "earning"}]])],
    ["pay", new Map()], ["mix", new Map()]
  ]);
  // page 0 says "OTE" a lot, page 1 says "on-target earnings", page 3 (the target) only "target"
  const chunks = {0: {ote: [0, 255], target: [1, 100, 2, 50], earn: [1, 120]}};
  const hits = search.scorePages(index, plan, byWord, chunks).sort((x, y) => y.score - x.score);
  assert.deepEqual(hits.map((h) => h.page), [3, 0, 1]);
  assert.equal(hits[0].answers.section, "plan-ae");
  assert.ok(hits[2].score > 0, "the term written out finds what its abbreviation finds");
});

test("the exact word and its plural rank above the rest of its stem", () => {
  const index = {paths: ["signed", "signs"], pages: 2};
  const plan = search.planQuery(["signs"], null);
  const byWord = new Map([["signs", new Map([["sign", {weight: 1, chunk: 0, df: 2, cls: search.wordClass("signs")}]])]]);
  // page 0 has "signed" (the class with most pages comes first, listing the pages WITHOUT it), page 1 "sign"
  const chunks = {0: {sign: [0, 200, 1, 150], "sign~": [["signed", [1]], ["sign", [1]]]}};
  const hits = search.scorePages(index, plan, byWord, chunks).sort((x, y) => y.score - x.score);
  assert.deepEqual(hits.map((h) => h.page), [1, 0]);
  assert.equal(search.wordClass("customers"), "customer");
  assert.equal(search.wordClass("companies"), "company");
  assert.equal(search.wordClass("process"), "process");
  assert.equal(search.wordClass("signed"), "signed");
});

test("a two- or three-letter word matches whole words before the words it starts", () => {
  const words = shard(["se", "sell", "seller", "send", "sequence", "serious", "set"], {sell: 9, send: 9, sequenc: 9});
  const matches = search.matchWord("se", words, true);
  assert.equal(matches.get("se").weight, 1);
  for (const [s, m] of matches) {
    if (s !== "se") {
      assert.ok(m.weight < 0.2, s + " weighs " + m.weight);
    }
  }
  const longer = search.matchWord("sequ", words, true);
  assert.ok(longer.get("sequenc").weight >= 0.6, "a longer word is still a prefix while typing");
});

test("a result goes to the section that answers, not the top of the page, and to the glossary's section first", () => {
  const plan = search.planQuery(["exit", "criteria"], null);
  const byWord = new Map([["exit", new Map([["exit", {}]])], ["criteria", new Map([["criteria", {}]])]]);
  const matcher = search.makeMatcher(plan, byWord, new Set());
  const sections = [
    {id: "", heading: "Exit criteria everywhere", text: "Stages and what they need."},
    {id: "stage-discovery", heading: "Discovery", text: "Exit criteria: the buyer confirmed the summary."},
    {id: "plan-ae-title", heading: "Account Executive", text: "Pay."}
  ];
  const filters = search.normaliseFilters({});
  assert.equal(search.bestSection(sections, matcher, filters, 2).id, "stage-discovery");
  assert.equal(search.bestSection(sections, matcher, filters, 2, "plan-ae").id, "plan-ae-title");
});

test("a snippet without a match is the section's first sentence, and an empty section borrows the next one's", () => {
  const matcher = () => -1;
  assert.equal(search.makeSnippet("Pay follows outcomes. Activity alone is never paid.", matcher).text, "Pay follows outcomes. …");
  const sections = [{id: "", heading: "T", text: "First."}, {id: "a", heading: "A", text: ""}, {id: "b", heading: "B", text: "Second."}];
  assert.equal(search.sectionText(sections, sections[1]), "Second.");
});

test("did you mean: glossary names and index words near a query that found nothing", () => {
  assert.deepEqual(search.nearestNames(glossary, ["sales", "enginer"]).map((n) => n.text), ["sales engineer"]);
  const words = shard(["negotiation", "negotiate", "proposal"], {negoti: 4});
  assert.deepEqual(search.nearestWords(words, "negotation").map((n) => n.word), ["negotiation"]);
});

test("a facet with more than eight values shows the eight with most results, selected ones always", () => {
  const values = "abcdefghij".split("").map((id, i) => ({id: id, label: id, count: i, selected: id === "a"}));
  assert.deepEqual(search.topValues(values, 8).map((v) => v.id), ["a", "d", "e", "f", "g", "h", "i", "j"]);
  assert.deepEqual(search.topValues(values.slice(0, 8), 8).length, 8);
  assert.equal(search.activeFilters({filters: {kind: ["guide"], playbook: [], stage: ["a", "b"], role: [], about: true}}), 4);
});

test("pages about the playbook are marked from pages.json's about list", () => {
  const index = search.prepareIndex({format: 1, pages: 3, stopwords: [], shards: [""]},
    {paths: ["rules.html", "x.html", "completeness.html"], facets: [], about: [0, 2]}, null);
  assert.deepEqual(Array.from(index.about), [1, 0, 1]);
  assert.equal(index.glossary.terms.length, 0);
});

test("a result's link is the page's URL as the pages write it: each segment percent-encoded, section too", () => {
  assert.equal(search.pathUrl("team/guides/Réunion de découverte.html"), "team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html");
  assert.equal(search.pathUrl("team/roles.html"), "team/roles.html", "ASCII names stay as they are");
  assert.equal(search.pathUrl("a+b;c:d/e#f?g%h.html"), "a%2Bb%3Bc%3Ad/e%23f%3Fg%25h.html", "as the generator's encoder (UrlPaths)");

  const index = {paths: ["index.html", "team/guides/Réunion de découverte.html"], facets: {}, glossary: {page: 1}};
  const source = {linkBase: "../", version: null};
  const plan = search.planQuery(["appel"], null);
  const matcher = search.makeMatcher(plan, new Map([["appel", new Map([["appel", {}]])]]), new Set());
  const hit = {page: 1, path: index.paths[1], score: 1, context: {source: source, index: index, matcher: matcher, words: 1}};
  const sections = [{id: "après-lappel", heading: "Après l'appel", text: "Envoyez le résumé après l'appel."}];
  const result = search.buildResult(hit, {title: "Réunion de découverte", sections: sections}, search.normaliseFilters({}));
  assert.equal(result.url, "../team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html");
  assert.equal(result.path, "team/guides/Réunion de découverte.html", "the path stays a path");
  assert.equal(search.resultHref(result), "../team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html#apr%C3%A8s-lappel");
  assert.deepEqual(search.glossaryLink({index: index, source: source}), {url: "../team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html"});
});
