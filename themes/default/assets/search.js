/*
 * Playbook: full-text search in the browser, over the chunked index the build writes to search/
 * (docs/search.md). No dependencies and no requests beyond this site's own files: a query fetches
 * the page table, the dictionary shard of each query word, the postings of the matching stems and
 * the fragments of the results on screen, each once. Index data only ever reaches the page as text
 * (textContent, createElement), so nothing in a playbook can inject markup through search.
 */
(function () {
  "use strict";

  // ---------------------------------------------------------------- tuning

  // How much a stem counts towards a query word, by how the word reached it.
  var WEIGHT_EXACT = 1;
  var WEIGHT_PREFIX = 0.6;
  // The word still being typed is most likely a prefix of what the reader means.
  var WEIGHT_PREFIX_TYPING = 0.8;
  var WEIGHT_FUZZY = 0.4;
  // A two- or three-letter word that is a word of the playbook means that word ("SE"), not every word it starts.
  var WEIGHT_PREFIX_SHORT = 0.15;
  var SHORT_WORD = 3;
  // A page with only another form of the word's stem ("signed" for "signs") counts this much of one with the word.
  var WEIGHT_STEM_ONLY = 0.6;
  // A glossary synonym or abbreviation of the reader's words counts almost as much as the words themselves.
  var WEIGHT_SYNONYM = 0.9;
  // "Did you mean": how many suggestions, and how far from the query they may be.
  var SUGGESTIONS = 5;
  var SUGGESTION_DISTANCE = 3;
  // Caps keep a short prefix or a typo from pulling in postings of half the dictionary.
  var PREFIX_STEMS = 10;
  var FUZZY_STEMS = 5;
  var SNIPPET_LENGTH = 180;
  var HEADING_HIT = 3;
  var TEXT_HIT = 1;
  var BOX_RESULTS = 8;
  // A facet with more values shows the ones with most results and a "more" button.
  var FACET_VALUES = 8;
  var PAGE_RESULTS = 20;
  // Short enough to feel instant, long enough to skip the states in between of a fast typist.
  var TYPING_DELAY = 25;

  var FACETS = ["kind", "playbook", "stage", "role"];
  // Sections can be narrower than their page only in these (docs/search.md, "data-search-stage").
  var SECTION_FACETS = ["stage", "role"];
  // tokenize() is synchronous and may run before index.json has arrived; the index's own list
  // (the Java Tokenizer's) replaces this copy as soon as it is loaded.
  var DEFAULT_STOPWORDS = ("a about after all also am an and any are as at be been before being both but by can " +
    "could did do does doing for from had has have having he her here hers him his how i if in into is it its " +
    "itself just me more most my no nor not of off on once only or other our ours out over own same she should " +
    "so some such than that the their theirs them then there these they this those through to too under until " +
    "up very was we were what when where which while who whom why will with would you your yours").split(" ");

  // ---------------------------------------------------------------- tokens

  // Letters, digits and apostrophes: apostrophes are dropped from a word, not split on (rep's = reps).
  var WORD_RUN = /[\p{L}\p{Nd}'\u2019]+/gu;
  var APOSTROPHES = /['\u2019]/g;
  var ENDS_IN_WORD = /[\p{L}\p{Nd}]$/u;

  var stemCache = new Map();
  var loadedStopwords = null;

  function toSet(list) {
    return list instanceof Set ? list : new Set(list || []);
  }

  /** Every word of text with where it stands in text: lower-cased, apostrophes removed, stopwords kept. */
  function wordSpans(text) {
    var spans = [];
    var match;
    WORD_RUN.lastIndex = 0;
    while ((match = WORD_RUN.exec(text)) !== null) {
      var raw = match[0];
      var word = raw.replace(APOSTROPHES, "").toLowerCase();
      if (word) {
        // a quote mark around a word is not part of what to highlight
        var lead = raw.length - raw.replace(/^['\u2019]+/, "").length;
        var trail = raw.length - raw.replace(/['\u2019]+$/, "").length;
        spans.push({word: word, start: match.index + lead, end: match.index + raw.length - trail});
      }
    }
    return spans;
  }

  function isIndexWord(word, stopwords) {
    return word.length > 1 && !stopwords.has(word);
  }

  /** The index words of text, as the Java Tokenizer makes them. */
  function tokenize(text, stopwords) {
    var stop = toSet(stopwords || loadedStopwords || DEFAULT_STOPWORDS);
    return wordSpans(String(text == null ? "" : text))
      .map(function (span) { return span.word; })
      .filter(function (word) { return isIndexWord(word, stop); });
  }

  /** The Porter stem of a word (assets/stemmer.js), remembered: snippets stem the same words again and again. */
  function stem(word) {
    var cached = stemCache.get(word);
    if (cached === undefined) {
      cached = window.PlaybookStemmer ? window.PlaybookStemmer(word) : word;
      stemCache.set(word, cached);
    }
    return cached;
  }

  /** The distinct index words of a query, in order. */
  function queryWords(query, stopwords) {
    var seen = new Set();
    return tokenize(query, stopwords).filter(function (word) {
      var fresh = !seen.has(word);
      seen.add(word);
      return fresh;
    });
  }

  // ---------------------------------------------------------------- loading

  var jsonCache = new Map();
  var indexCache = new Map();

  /** Fetches a JSON file once; a failed load is forgotten so that the next query tries again. */
  function fetchJson(url) {
    var promise = jsonCache.get(url);
    if (!promise) {
      promise = window.location.protocol === "file:" ? offlineJson(url)
        : !window.fetch ? Promise.reject(new Error("search needs the site to be served over HTTP"))
        : window.fetch(url).then(function (response) {
          if (!response.ok) {
            throw new Error(url + ": HTTP " + response.status);
          }
          return response.json();
        });
      jsonCache.set(url, promise);
      promise.catch(function () { jsonCache.delete(url); });
    }
    return promise;
  }

  var offlineFiles = null;

  /**
   * Browsers refuse fetch() from file:// (and say so in the console). An offline pack carries its index in
   * search/offline.js, a script (scripts do load from files) that sets window.PlaybookOfflineIndex to every index
   * file by its path under search/; without it, this fails quietly and search says it needs HTTP.
   */
  function offlineJson(url) {
    var parts = /^((?:\.\.\/)*)search\/(.+)$/.exec(url);
    if (!parts) {
      return Promise.reject(new Error("search needs the site to be served over HTTP"));
    }
    if (!offlineFiles) {
      offlineFiles = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = parts[1] + "search/offline.js";
        script.onload = function () {
          if (window.PlaybookOfflineIndex) {
            resolve(window.PlaybookOfflineIndex);
          } else {
            reject(new Error("search/offline.js holds no index"));
          }
        };
        script.onerror = function () { reject(new Error("search needs the site to be served over HTTP")); };
        document.head.appendChild(script);
      });
      offlineFiles.catch(function () { offlineFiles = null; });
    }
    return offlineFiles.then(function (files) {
      var file = files[decodeURIComponent(parts[2])];
      if (file === undefined) {
        throw new Error(url + " is not in the offline index");
      }
      return file;
    });
  }

  /** Page numbers from a delta-encoded list: [3, 1, 1, 4] is pages 3, 4, 5, 9. */
  function undelta(deltas) {
    var pages = [];
    var page = 0;
    for (var i = 0; i < deltas.length; i++) {
      page += deltas[i];
      pages.push(page);
    }
    return pages;
  }

  /** Calls fn(page, score) for each pair of a postings list of (page delta, score) pairs. */
  function forEachPosting(list, fn) {
    var page = 0;
    for (var i = 0; i + 1 < list.length; i += 2) {
      page += list[i];
      fn(page, list[i + 1]);
    }
  }

  /** One facet of pages.json, with each page's values at hand for counting. */
  function prepareFacet(facet, pageCount) {
    var valuesOf = [];
    for (var p = 0; p < pageCount; p++) {
      valuesOf.push([]);
    }
    var values = facet.values.map(function (value, v) {
      var pages = undelta(value.pages);
      pages.forEach(function (page) {
        if (page < pageCount) {
          valuesOf[page].push(v);
        }
      });
      return {id: value.id, label: value.label, pages: pages};
    });
    return {name: facet.name, label: facet.label, values: values, valuesOf: valuesOf};
  }

  /** index.json and pages.json of one site or version, read into what a query needs. */
  function prepareIndex(index, table, glossary) {
    if (index.format !== 1) {
      throw new Error("unknown search index format " + index.format);
    }
    var pageCount = table.paths.length;
    var facets = {};
    (table.facets || []).forEach(function (facet) {
      facets[facet.name] = prepareFacet(facet, pageCount);
    });
    var about = new Uint8Array(pageCount);
    undelta(table.about || []).forEach(function (page) {
      if (page < pageCount) {
        about[page] = 1;
      }
    });
    var stopwords = toSet(index.stopwords);
    return {
      pages: index.pages || pageCount,
      fragmentsPerFile: index.fragmentsPerFile || 1,
      stopwords: stopwords,
      shards: toSet(index.shards),
      paths: table.paths,
      facets: facets,
      about: about,
      glossary: prepareGlossary(glossary, stopwords)
    };
  }

  /**
   * glossary.json (docs/search.md, "Glossary"), each name as its index words: {page, terms: [{names, tokens, see,
   * section, id}]}. No glossary: no terms.
   */
  function prepareGlossary(glossary, stopwords) {
    var terms = ((glossary && glossary.terms) || []).map(function (term) {
      return {
        names: term.names,
        tokens: term.names.map(function (name) { return queryWords(name, stopwords); }),
        see: term.see == null ? -1 : term.see,
        section: term.section || "",
        id: term.id || ""
      };
    });
    return {page: glossary && glossary.page != null ? glossary.page : -1, terms: terms};
  }

  function loadIndex(source) {
    var promise = indexCache.get(source.base);
    if (!promise) {
      promise = Promise.all([fetchJson(source.base + "index.json"), fetchJson(source.base + "pages.json")])
        .then(function (files) {
          var glossary = files[0].glossary ? fetchJson(source.base + files[0].glossary).catch(function () { return null; }) : null;
          return Promise.resolve(glossary).then(function (terms) { return prepareIndex(files[0], files[1], terms); });
        });
      indexCache.set(source.base, promise);
      promise.catch(function () { indexCache.delete(source.base); });
    }
    return promise;
  }

  function loadShard(source, key) {
    return fetchJson(source.base + "terms/" + (key ? encodeURIComponent(key) : "all") + ".json").then(expandWords);
  }

  /** A word that is its own stem comes as a plain string (it keeps shards small): make every entry [word, stem]. */
  function expandWords(shard) {
    for (var i = 0; i < shard.words.length; i++) {
      if (typeof shard.words[i] === "string") {
        shard.words[i] = [shard.words[i], shard.words[i]];
      }
    }
    return shard;
  }

  function loadChunk(source, chunk) {
    return fetchJson(source.base + "postings/" + chunk + ".json");
  }

  /** The fragment of page n: entry n % F of fragments/<floor(n / F)>.json, F pages to a file. */
  function loadFragment(source, index, page) {
    var perFile = index.fragmentsPerFile;
    return fetchJson(source.base + "fragments/" + Math.floor(page / perFile) + ".json").then(function (bundle) {
      return bundle[page % perFile] || null;
    });
  }

  // ---------------------------------------------------------------- sources (this site, other versions)

  function siteForm() {
    return document.querySelector("form.site-search");
  }

  /** Where this page's own index is: the site root relative to the page, plus search/. */
  function currentSource() {
    var form = siteForm();
    var root = (form && form.getAttribute("data-root")) || "";
    var version = (form && form.getAttribute("data-version")) || "";
    return {base: root + "search/", linkBase: root, version: version, current: true};
  }

  /** A published version is a real folder; alias folders (latest/) copy one of them and are skipped. */
  function otherVersions(data, current) {
    var aliases = new Set();
    (data.versions || []).forEach(function (version) {
      (version.aliases || []).forEach(function (alias) { aliases.add(alias + "/"); });
    });
    return (data.versions || []).filter(function (version) {
      return version.name !== current && version.path && !aliases.has(version.path);
    });
  }

  /** The indexes of every other published version; none on a site without versions. */
  function versionSources(current) {
    var box = document.querySelector(".version-switcher[data-versions-root]");
    if (!box) {
      return Promise.resolve([]);
    }
    var root = box.getAttribute("data-versions-root");
    return fetchJson(root + "versions.json")
      .then(function (data) {
        return otherVersions(data, current.version || box.getAttribute("data-version")).map(function (version) {
          return {base: root + version.path + "search/", linkBase: root + version.path, version: version.name, current: false};
        });
      })
      .catch(function () { return []; });
  }

  // ---------------------------------------------------------------- dictionary lookups

  /** A word's shard: the longest key of index.json's shards that starts the word. */
  function shardKey(word, shards) {
    var chars = Array.from(word);
    // "" is the one shard of a small dictionary
    for (var n = Math.min(2, chars.length); n >= 0; n--) {
      var key = chars.slice(0, n).join("");
      if (shards.has(key)) {
        return key;
      }
    }
    return null;
  }

  /** First position in the sorted words whose word is not below word. */
  function lowerBound(words, word) {
    var low = 0;
    var high = words.length;
    while (low < high) {
      var mid = (low + high) >>> 1;
      if (words[mid][0] < word) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  function hasStem(shard, s) {
    return Object.prototype.hasOwnProperty.call(shard.stems, s);
  }

  /**
   * Records that a query word reaches stem s with weight; a stem reached several ways keeps its best.
   * df is the page count its idf is computed from: the stem's own unless given.
   */
  function addMatch(matches, shard, s, weight, df, cls) {
    if (!hasStem(shard, s)) {
      return;
    }
    var known = matches.get(s);
    if (!known || known.weight < weight) {
      matches.set(s, {weight: weight, chunk: shard.stems[s][0], df: df || shard.stems[s][1], cls: cls || null});
    }
  }

  /**
   * The word and its plural or singular, which count as the word itself; the rest of its stem counts less
   * (WEIGHT_STEM_ONLY). The index's WordClass does the same.
   */
  function wordClass(word) {
    var n = word.length;
    if (n > 4 && /ies$/.test(word)) {
      return word.slice(0, n - 3) + "y";
    }
    if (n > 4 && /sses$/.test(word)) {
      return word.slice(0, n - 2);
    }
    if (n > 3 && /s$/.test(word) && !/(ss|us|is)$/.test(word)) {
      return word.slice(0, n - 1);
    }
    return word;
  }

  function addExact(matches, shard, word) {
    var i = lowerBound(shard.words, word);
    if (i < shard.words.length && shard.words[i][0] === word) {
      addMatch(matches, shard, shard.words[i][1], WEIGHT_EXACT, 0, wordClass(word));
    }
    // a form of the word the playbook never uses still finds its other forms
    addMatch(matches, shard, stem(word), WEIGHT_EXACT, 0, wordClass(word));
  }

  /** The stems with the most pages first, then by name so the choice never depends on order. */
  function byDf(shard) {
    return function (a, b) {
      return shard.stems[b][1] - shard.stems[a][1] || (a < b ? -1 : a > b ? 1 : 0);
    };
  }

  /**
   * Stems of the words that start with word. They share the idf of the most common of them: by its
   * own idf the rarest completion would win, while "cal" most likely means "call", not "calibrate".
   */
  function addPrefix(matches, shard, word, weight) {
    var stems = new Set();
    for (var i = lowerBound(shard.words, word); i < shard.words.length && shard.words[i][0].indexOf(word) === 0; i++) {
      if (!matches.has(shard.words[i][1]) && hasStem(shard, shard.words[i][1])) {
        stems.add(shard.words[i][1]);
      }
    }
    var chosen = Array.from(stems).sort(byDf(shard)).slice(0, PREFIX_STEMS);
    var df = 0;
    chosen.concat(Array.from(matches.keys())).forEach(function (s) { df = Math.max(df, shard.stems[s][1]); });
    chosen.forEach(function (s) { addMatch(matches, shard, s, weight, df); });
  }

  /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), or max + 1 once above max. */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var before = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, before[j - 2] + 1);
        }
        row.push(d);
        best = Math.min(best, d);
      }
      if (best > max) {
        return max + 1;
      }
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  function typoBudget(word) {
    return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  }

  /** Stems of the shard's words within the typo budget of word, nearest and most common first. */
  function addFuzzy(matches, shard, word) {
    var max = typoBudget(word);
    if (!max) {
      return;
    }
    var distance = new Map();
    shard.words.forEach(function (entry) {
      var s = entry[1];
      if (matches.has(s) || !hasStem(shard, s)) {
        return;
      }
      var d = editDistance(word, entry[0], max);
      if (d <= max && (!distance.has(s) || distance.get(s) > d)) {
        distance.set(s, d);
      }
    });
    var df = byDf(shard);
    Array.from(distance.keys())
      .sort(function (a, b) { return distance.get(a) - distance.get(b) || df(a, b); })
      .slice(0, FUZZY_STEMS)
      .forEach(function (s) { addMatch(matches, shard, s, WEIGHT_FUZZY); });
  }

  /**
   * The stems one query word reaches: itself and its stem, words it begins, and (only when the
   * playbook has neither the word nor its stem, i.e. most likely a typo) words one or two edits away.
   */
  function matchWord(word, shard, typing) {
    var matches = new Map();
    addExact(matches, shard, word);
    var exact = matches.size > 0;
    if (word.length >= 2) {
      // a short word the playbook has is that word first; its completions come after every page that has it
      addPrefix(matches, shard, word, exact && word.length <= SHORT_WORD ? WEIGHT_PREFIX_SHORT
        : typing ? WEIGHT_PREFIX_TYPING : WEIGHT_PREFIX);
    }
    if (!exact) {
      addFuzzy(matches, shard, word);
    }
    return matches;
  }

  // ---------------------------------------------------------------- the glossary

  /** Whether the query's words from `at` on are the name's words, each the same word or the same stem. */
  function startsWith(words, at, name) {
    if (!name.length || at + name.length > words.length) {
      return false;
    }
    for (var i = 0; i < name.length; i++) {
      if (words[at + i] !== name[i] && stem(words[at + i]) !== stem(name[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The query as units to score: a glossary name the query says ("ote", "sales engineer") is one unit whose
   * alternatives are the words the reader typed and every other name of the term, so a page may answer with any
   * of them (both ways: an abbreviation finds the term, the term its abbreviation, a synonym both). Every other
   * query word is a unit of its own. Returns {units: [{words, alternatives, term}], terms: the terms met}.
   */
  function planQuery(words, glossary) {
    var units = [];
    var terms = [];
    var at = 0;
    while (at < words.length) {
      var best = null;
      (glossary ? glossary.terms : []).forEach(function (term) {
        term.tokens.forEach(function (name) {
          if (startsWith(words, at, name) && (!best || name.length > best.length)) {
            best = {term: term, length: name.length};
          }
        });
      });
      if (best) {
        var own = words.slice(at, at + best.length);
        var alternatives = [own];
        best.term.tokens.forEach(function (name) {
          if (name.length && name.join(" ") !== own.join(" ") && !alternatives.some(function (a) { return a.join(" ") === name.join(" "); })) {
            alternatives.push(name);
          }
        });
        units.push({words: own, alternatives: alternatives, term: best.term});
        if (terms.indexOf(best.term) < 0) {
          terms.push(best.term);
        }
        at += best.length;
      } else {
        units.push({words: [words[at]], alternatives: [[words[at]]], term: null});
        at++;
      }
    }
    return {units: units, terms: terms};
  }

  /**
   * For each word of the plan, a Map of stem -> {weight, chunk, df, cls}: the reader's own words with
   * prefixes and typos, the glossary's words exactly (their spelling is the glossary's, not a guess).
   */
  function matchPlan(source, index, plan, typing) {
    var own = new Set();
    var all = [];
    plan.units.forEach(function (unit) {
      unit.alternatives.forEach(function (alternative, a) {
        alternative.forEach(function (word) {
          if (a === 0) {
            own.add(word);
          }
          if (all.indexOf(word) < 0) {
            all.push(word);
          }
        });
      });
    });
    var last = plan.units.length ? plan.units[plan.units.length - 1].words.slice(-1)[0] : null;
    return Promise.all(all.map(function (word) {
      var key = shardKey(word, index.shards);
      if (key === null) {
        return new Map();
      }
      return loadShard(source, key).then(function (shard) {
        if (own.has(word)) {
          return matchWord(word, shard, typing && word === last);
        }
        var matches = new Map();
        addExact(matches, shard, word);
        return matches;
      });
    })).then(function (maps) {
      var byWord = new Map();
      all.forEach(function (word, i) { byWord.set(word, maps[i]); });
      return byWord;
    });
  }

  // ---------------------------------------------------------------- scoring

  function idf(pages, df) {
    return Math.log(1 + (pages - df + 0.5) / (df + 0.5));
  }

  function loadChunks(source, matches) {
    var chunks = new Set();
    matches.forEach(function (map) {
      map.forEach(function (m) { chunks.add(m.chunk); });
    });
    var loaded = {};
    return Promise.all(Array.from(chunks).map(function (chunk) {
      return loadChunk(source, chunk).then(function (postings) { loaded[chunk] = postings; });
    })).then(function () { return loaded; });
  }

  /**
   * The pages that have the word's class among the pages of its stem, from the stem's word classes
   * ("stem~" in its postings chunk: [[class, pages], ...], the first listing the pages WITHOUT it). Null when
   * every page of the stem has it (the stem has one class), an empty set when none has.
   */
  function classPages(chunk, s, cls) {
    var classes = chunk[s + "~"];
    if (!classes || !cls) {
      return null;
    }
    for (var i = 0; i < classes.length; i++) {
      if (classes[i][0] === cls) {
        return {pages: new Set(undelta(classes[i][1])), without: i === 0};
      }
    }
    return {pages: new Set(), without: false};
  }

  /**
   * A word's best score on each page: the best of its stems, weight × idf × posting score. A page with only
   * another form of the stem than the word typed ("signed" for "signs") scores WEIGHT_STEM_ONLY of it.
   */
  function wordScores(index, stems, chunks) {
    var best = new Float64Array(index.paths.length);
    stems.forEach(function (m, s) {
      var postings = chunks[m.chunk] && chunks[m.chunk][s];
      if (!postings) {
        return;
      }
      var exact = classPages(chunks[m.chunk], s, m.cls);
      var factor = m.weight * idf(index.pages, m.df) / 255;
      forEachPosting(postings, function (page, score) {
        var f = !exact || exact.pages.has(page) !== exact.without ? factor : factor * WEIGHT_STEM_ONLY;
        if (page < best.length && score * f > best[page]) {
          best[page] = score * f;
        }
      });
    });
    return best;
  }

  /** How much a query word tells pages apart: the idf of the most telling stem it reaches (0: none). */
  function wordWeight(index, stems) {
    var weight = 0;
    stems.forEach(function (m) { weight = Math.max(weight, idf(index.pages, m.df)); });
    return weight;
  }

  /**
   * [{page, score}] for every page that matches at least one query word. Pages with all the words
   * come first: the sum is scaled by the square of the share of the query the page covers, each word
   * counted by its idf, so that missing "know" in "know real champion" costs less than missing "champion".
   */
  function scorePages(index, plan, byWord, chunks) {
    var count = index.paths.length;
    var sum = new Float64Array(count);
    var covered = new Float64Array(count);
    var total = 0;
    var scores = new Map();
    byWord.forEach(function (stems, word) { scores.set(word, wordScores(index, stems, chunks)); });
    plan.units.forEach(function (unit) {
      var best = unitScores(count, unit, scores);
      var weight = 0;
      unit.alternatives.forEach(function (alternative) {
        alternative.forEach(function (word) { weight = Math.max(weight, wordWeight(index, byWord.get(word))); });
      });
      total += weight;
      for (var p = 0; p < count; p++) {
        if (best[p] > 0) {
          sum[p] += best[p];
          covered[p] += weight;
        }
      }
    });
    var hits = [];
    var top = 0;
    for (var p = 0; p < count; p++) {
      if (sum[p] > 0) {
        var coverage = covered[p] / total;
        hits.push({page: p, score: sum[p] * coverage});
        top = Math.max(top, sum[p] * coverage);
      }
    }
    return answerFirst(hits, plan, top);
  }

  /**
   * A unit's score on each page: its best alternative's, each the sum of its words' scores times the square
   * of the share of its words the page has (a page with "sales" alone is not "sales engineer"); synonyms count
   * WEIGHT_SYNONYM.
   */
  function unitScores(count, unit, scores) {
    var best = new Float64Array(count);
    unit.alternatives.forEach(function (alternative, a) {
      var factor = a === 0 ? 1 : WEIGHT_SYNONYM;
      for (var p = 0; p < count; p++) {
        var sum = 0;
        var has = 0;
        alternative.forEach(function (word) {
          var score = scores.get(word)[p];
          if (score > 0) {
            sum += score;
            has++;
          }
        });
        var share = has / alternative.length;
        var score = sum * share * share * factor;
        if (score > best[p]) {
          best[p] = score;
        }
      }
    });
    return best;
  }

  /**
   * The pages that answer the glossary terms the query names go first: each gets the best page's score on
   * top of its own, times the share of the query's units the term covers (all of "ote", half of "ote split").
   */
  function answerFirst(hits, plan, top) {
    if (!plan.terms.length) {
      return hits;
    }
    var byPage = new Map();
    hits.forEach(function (hit) { byPage.set(hit.page, hit); });
    plan.units.forEach(function (unit) {
      if (!unit.term || unit.term.see < 0) {
        return;
      }
      var hit = byPage.get(unit.term.see);
      if (!hit) {
        hit = {page: unit.term.see, score: 0};
        byPage.set(hit.page, hit);
        hits.push(hit);
      }
      hit.score += (top || 1) / plan.units.length + 1e-9;
      hit.answers = unit.term;
    });
    return hits;
  }

  // ---------------------------------------------------------------- facets

  /** Selected values per facet, as arrays of ids (missing facets and odd input become empty). */
  function normaliseFilters(filters) {
    var out = {};
    FACETS.forEach(function (name) {
      var value = filters && filters[name];
      out[name] = value == null ? [] : [].concat(value).map(String);
    });
    out.about = !!(filters && filters.about === true);
    return out;
  }

  /** Per facet with a selection, which pages pass it: those in any selected value (OR within a facet). */
  function filterMasks(index, filters) {
    var masks = {};
    FACETS.forEach(function (name) {
      if (!filters[name].length) {
        return;
      }
      var mask = new Uint8Array(index.paths.length);
      var facet = index.facets[name];
      (facet ? facet.values : []).forEach(function (value) {
        if (filters[name].indexOf(value.id) >= 0) {
          value.pages.forEach(function (page) { mask[page] = 1; });
        }
      });
      masks[name] = mask;
    });
    return masks;
  }

  /** Whether a page passes every facet's filter but skip's (AND across facets). */
  function passes(masks, page, skip) {
    for (var name in masks) {
      if (name !== skip && !masks[name][page]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts of one facet's values among the hits that pass the OTHER facets' filters, so that a
   * reader can widen a selection (disjunctive faceting). Returns Map id -> {label, count}.
   */
  function countFacet(index, name, hits, masks) {
    var counts = new Map();
    var facet = index.facets[name];
    if (!facet) {
      return counts;
    }
    hits.forEach(function (hit) {
      if (!passes(masks, hit.page, name)) {
        return;
      }
      facet.valuesOf[hit.page].forEach(function (v) {
        var value = facet.values[v];
        var entry = counts.get(value.id) || {label: value.label, count: 0};
        entry.count++;
        counts.set(value.id, entry);
      });
    });
    return counts;
  }

  /** Adds one index's counts to the totals of several (versions share value ids). */
  function mergeCounts(total, counts) {
    counts.forEach(function (entry, id) {
      var known = total.get(id);
      if (known) {
        known.count += entry.count;
      } else {
        total.set(id, {label: entry.label, count: entry.count});
      }
    });
  }

  function byLabel(a, b) {
    var x = a.label.toLowerCase();
    var y = b.label.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** The facets of a response: values with hits or selected, sorted by label as in pages.json. */
  function facetList(counts, selected, labelOf) {
    var values = [];
    counts.forEach(function (entry, id) {
      values.push({id: id, label: entry.label, count: entry.count, selected: selected.indexOf(id) >= 0});
    });
    selected.forEach(function (id) {
      if (!counts.has(id)) {
        values.push({id: id, label: labelOf(id), count: 0, selected: true});
      }
    });
    return values.filter(function (value) { return value.count > 0 || value.selected; }).sort(byLabel);
  }

  /** A value's label from any loaded index, for a selected value no result has. */
  function labelFinder(name, indexes) {
    return function (id) {
      for (var i = 0; i < indexes.length; i++) {
        var facet = indexes[i].facets[name];
        var value = facet && facet.values.filter(function (v) { return v.id === id; })[0];
        if (value) {
          return value.label;
        }
      }
      return id;
    };
  }

  // ---------------------------------------------------------------- one index

  /** Hits of a query in one site or version, filtered and sorted, with its facet counts. */
  function searchSource(source, query, filters) {
    return loadIndex(source).then(function (index) {
      var words = queryWords(query, index.stopwords);
      if (source.current) {
        loadedStopwords = index.stopwords;
      }
      var typing = ENDS_IN_WORD.test(query);
      var plan = planQuery(words, index.glossary);
      return matchPlan(source, index, plan, typing).then(function (byWord) {
        var matches = Array.from(byWord.values());
        return loadChunks(source, matches).then(function (chunks) {
          var scored = words.length ? scorePages(index, plan, byWord, chunks) : [];
          // pages about the playbook itself (Rules, Completeness, changes) only under their own filter
          var about = scored.filter(function (hit) { return index.about[hit.page]; });
          var all = filters.about ? about : scored.filter(function (hit) { return !index.about[hit.page]; });
          var masks = filterMasks(index, filters);
          var counts = {};
          FACETS.forEach(function (name) { counts[name] = countFacet(index, name, all, masks); });
          counts.about = about.filter(function (hit) { return passes(masks, hit.page, null); }).length;
          var hits = all.filter(function (hit) { return passes(masks, hit.page, null); });
          // what a result needs to pick its section and snippet, shared by the hits of this index
          var context = {source: source, index: index, matcher: makeMatcher(plan, byWord, index.stopwords), words: plan.units.length,
            plan: plan, byWord: byWord};
          hits.forEach(function (hit) {
            hit.path = index.paths[hit.page];
            hit.context = context;
          });
          hits.sort(byScore);
          return {source: source, index: index, hits: hits, counts: counts};
        });
      });
    });
  }

  function byScore(a, b) {
    return b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }

  // ---------------------------------------------------------------- snippets

  /**
   * Which query word a word of the text stands for (its index), or -1: a word matches when it has
   * the stem of a query word or of one of the words that query word reached, or when it starts with
   * the query word (so the word being typed lights up too).
   */
  function makeMatcher(plan, byWord, stopwords) {
    var stemSets = plan.units.map(function (unit) {
      var stems = new Set();
      unit.alternatives.forEach(function (alternative) {
        alternative.forEach(function (word) {
          byWord.get(word).forEach(function (m, s) { stems.add(s); });
          stems.add(stem(word));
        });
      });
      return stems;
    });
    var prefixes = plan.units.map(function (unit) { return unit.words[unit.words.length - 1]; });
    return function (token) {
      if (!isIndexWord(token, stopwords)) {
        return -1;
      }
      var s = stem(token);
      for (var i = 0; i < stemSets.length; i++) {
        if (stemSets[i].has(s) || (prefixes[i].length > SHORT_WORD && token.indexOf(prefixes[i]) === 0)) {
          return i;
        }
      }
      return -1;
    };
  }

  /** The words of text that match the query, with the query word each stands for. */
  function matchedSpans(text, matcher) {
    var spans = [];
    wordSpans(text).forEach(function (span) {
      var which = matcher(span.word);
      if (which >= 0) {
        span.query = which;
        spans.push(span);
      }
    });
    return spans;
  }

  /**
   * The run of matches that fits in one snippet and has the most different query words, then the
   * most matches; the earliest on a tie. Returns [first, last] indexes into spans.
   */
  function densestCluster(spans, length) {
    var best = [0, 0];
    var bestKinds = 0;
    var bestCount = 0;
    for (var i = 0; i < spans.length; i++) {
      var kinds = new Set();
      var j = i;
      while (j < spans.length && spans[j].end - spans[i].start <= length) {
        kinds.add(spans[j].query);
        j++;
      }
      var count = Math.max(1, j - i);
      if (kinds.size > bestKinds || (kinds.size === bestKinds && count > bestCount)) {
        best = [i, i + count - 1];
        bestKinds = kinds.size;
        bestCount = count;
      }
    }
    return best;
  }

  function isSpace(c) {
    return c === undefined || /\s/.test(c);
  }

  /** [start, end) of about SNIPPET_LENGTH characters around from..to, cut between words. */
  function snippetWindow(text, from, to) {
    var slack = Math.max(0, SNIPPET_LENGTH - (to - from));
    var start = Math.max(0, from - Math.floor(slack / 3));
    var end = Math.min(text.length, start + Math.max(SNIPPET_LENGTH, to - from));
    start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
    while (start > 0 && start < from && !isSpace(text[start - 1])) {
      start++;
    }
    while (end < text.length && end > to && !isSpace(text[end])) {
      end--;
    }
    while (start < end && isSpace(text[start])) {
      start++;
    }
    while (end > start && isSpace(text[end - 1])) {
      end--;
    }
    return [start, end];
  }

  /**
   * The text a section's snippet is cut from: its own, or, for a section with none (a heading whose text is all
   * in the sections under it), the next section's with text, else the page's first.
   */
  function sectionText(sections, section) {
    if (section.text) {
      return section.text;
    }
    var at = sections.indexOf(section);
    for (var i = at + 1; i < sections.length; i++) {
      if (sections[i].text) {
        return sections[i].text;
      }
    }
    var first = sections.filter(function (s) { return s.text; })[0];
    return first ? first.text : "";
  }

  /** The first sentence of text, at most SNIPPET_LENGTH long: what a snippet without a match shows. */
  function firstSentence(text) {
    var end = text.search(/[.!?](\s|$)/);
    return end >= 0 && end < SNIPPET_LENGTH ? end + 1 : 0;
  }

  /** Plain-text snippet of a section around its densest cluster of matches, with [start, end) highlights. */
  function makeSnippet(text, matcher) {
    text = text || "";
    var spans = matchedSpans(text, matcher);
    var cluster = spans.length ? densestCluster(spans, SNIPPET_LENGTH) : null;
    var sentence = cluster ? 0 : firstSentence(text);
    var range = cluster ? snippetWindow(text, spans[cluster[0]].start, spans[cluster[1]].end)
      : sentence ? [0, sentence] : snippetWindow(text, 0, 0);
    var before = range[0] > 0 ? "… " : "";
    var after = range[1] < text.length ? " …" : "";
    var highlights = spans
      .filter(function (span) { return span.start >= range[0] && span.end <= range[1]; })
      .map(function (span) { return [span.start - range[0] + before.length, span.end - range[0] + before.length]; });
    return {text: before + text.slice(range[0], range[1]) + after, highlights: highlights};
  }

  // ---------------------------------------------------------------- best section

  /** A section narrower than its page (stage / role) only shows under filters it belongs to. */
  function eligible(section, filters) {
    return SECTION_FACETS.every(function (name) {
      var own = section.facets && section.facets[name];
      return !own || !filters[name].length || own.some(function (id) { return filters[name].indexOf(id) >= 0; });
    });
  }

  /** A section scoped to one of the selected stages / roles: what the reader narrowed the search to. */
  function focused(section, filters) {
    return SECTION_FACETS.some(function (name) {
      var own = section.facets && section.facets[name];
      return !!own && own.some(function (id) { return filters[name].indexOf(id) >= 0; });
    });
  }

  /** How well a section answers the query: heading hits count more, and covering every word counts most. */
  function sectionScore(section, matcher, wordCount) {
    var covered = new Set();
    var hits = 0;
    // the top section's heading is the page's title, which matched for the page, not for this section
    matchedSpans(section.id ? section.heading || "" : "", matcher).forEach(function (span) {
      hits += HEADING_HIT;
      covered.add(span.query);
    });
    matchedSpans(section.text || "", matcher).forEach(function (span) {
      hits += TEXT_HIT;
      covered.add(span.query);
    });
    var coverage = wordCount ? covered.size / wordCount : 0;
    return hits * coverage * coverage;
  }

  /**
   * The section a result links to: the best-scoring eligible one, earliest on a tie. Under a stage or
   * role filter, sections scoped to the selection go first (the Evaluation stage of the sales
   * process, not the page's introduction), as the reader asked for that part of the page.
   */
  function bestSection(sections, matcher, filters, wordCount, answer) {
    if (answer) {
      // the glossary's section for the term: the element it names, or the section that starts inside it
      var named = sections.filter(function (section) {
        return section.id === answer || section.id.indexOf(answer + "-") === 0;
      })[0];
      if (named) {
        return named;
      }
    }
    var candidates = sections.filter(function (section) { return eligible(section, filters); });
    var scoped = candidates.filter(function (section) { return focused(section, filters); });
    if (scoped.length) {
      candidates = scoped;
    } else if (!candidates.length) {
      candidates = sections;
    }
    var best = null;
    var bestScore = -1;
    candidates.forEach(function (section) {
      var score = sectionScore(section, matcher, wordCount);
      // a section that answers goes before the top of the page that says as much
      if (score > bestScore || (score > 0 && score === bestScore && best && !best.id && section.id)) {
        best = section;
        bestScore = score;
      }
    });
    return best || {id: "", heading: "", text: ""};
  }

  // ---------------------------------------------------------------- results

  /** The page's value of a one-per-page facet (kind), as {id, label}. */
  function pageValue(index, name, page) {
    var facet = index.facets[name];
    var v = facet ? facet.valuesOf[page][0] : undefined;
    return v === undefined ? {id: "", label: ""} : {id: facet.values[v].id, label: facet.values[v].label};
  }

  function buildResult(hit, fragment, filters) {
    var context = hit.context;
    var sections = (fragment && fragment.sections) || [];
    var answer = hit.answers && hit.answers.see === hit.page ? hit.answers.section : "";
    var section = bestSection(sections, context.matcher, filters, context.words, answer);
    var snippet = makeSnippet(sectionText(sections, section), context.matcher);
    var kind = pageValue(context.index, "kind", hit.page);
    var title = (fragment && fragment.title) || hit.path;
    return {
      url: context.source.linkBase + pathUrl(hit.path),
      path: hit.path,
      title: title,
      section: section.heading || title,
      sectionId: section.id || "",
      kind: kind.id,
      kindLabel: kind.label,
      snippet: snippet.text,
      highlights: snippet.highlights,
      score: hit.score,
      version: context.source.version
    };
  }

  /** Results for the hits shown, from their fragments; a missing fragment still gives a link. */
  function buildResults(hits, filters) {
    return Promise.all(hits.map(function (hit) {
      return loadFragment(hit.context.source, hit.context.index, hit.page)
        .catch(function () { return null; })
        .then(function (fragment) { return buildResult(hit, fragment, filters); });
    }));
  }

  /** This version's hits first, then every other version's by score. */
  function orderHits(parts) {
    var current = parts[0] ? parts[0].hits : [];
    var others = [];
    parts.slice(1).forEach(function (part) { others = others.concat(part.hits); });
    others.sort(byScore);
    return current.concat(others);
  }

  function responseFacets(parts, filters) {
    var facets = {};
    var indexes = parts.map(function (part) { return part.index; });
    FACETS.forEach(function (name) {
      var total = new Map();
      parts.forEach(function (part) { mergeCounts(total, part.counts[name]); });
      facets[name] = facetList(total, filters[name], labelFinder(name, indexes));
    });
    return facets;
  }

  /** Facet labels (Kind, Playbook, ...) from the page table, for the search page's legends. */
  function facetLabels(index) {
    var labels = {};
    FACETS.forEach(function (name) {
      var facet = index && index.facets[name];
      labels[name] = facet ? facet.label : name.charAt(0).toUpperCase() + name.slice(1);
    });
    return labels;
  }

  function emptyResponse(query, filters) {
    var facets = {};
    FACETS.forEach(function (name) {
      facets[name] = filters[name].map(function (id) { return {id: id, label: id, count: 0, selected: true}; });
    });
    return {query: query, total: 0, results: [], facets: facets, facetLabels: facetLabels(null),
      about: {count: 0, selected: filters.about}, suggestions: [], glossary: null};
  }

  // ---------------------------------------------------------------- no dead ends

  /** The nearest words of the dictionary to word: within the distance, nearest first, then the most common. */
  function nearestWords(shard, word) {
    var max = Math.min(SUGGESTION_DISTANCE, Math.max(1, Math.floor(word.length / 3)));
    var found = [];
    shard.words.forEach(function (entry) {
      var d = editDistance(word, entry[0], max);
      if (d <= max && entry[0] !== word && hasStem(shard, entry[1])) {
        found.push({word: entry[0], distance: d, df: shard.stems[entry[1]][1]});
      }
    });
    return found.sort(function (a, b) { return a.distance - b.distance || b.df - a.df || (a.word < b.word ? -1 : 1); });
  }

  /** Glossary names near the query as a whole: its terms, abbreviations and synonyms. */
  function nearestNames(glossary, words) {
    var phrase = words.join(" ");
    var found = [];
    glossary.terms.forEach(function (term) {
      term.names.forEach(function (name, n) {
        var tokens = term.tokens[n].join(" ");
        var max = Math.min(SUGGESTION_DISTANCE, Math.max(1, Math.floor(phrase.length / 3)));
        var d = tokens ? editDistance(phrase, tokens, max) : max + 1;
        if (d <= max) {
          found.push({text: name, distance: d});
        }
      });
    });
    return found.sort(function (a, b) { return a.distance - b.distance || (a.text < b.text ? -1 : 1); });
  }

  /**
   * "Did you mean": glossary names near the query, then the query with each word replaced by its nearest word of
   * the index; at most SUGGESTIONS, none twice. Resolves to [{text, kind: "term" | "words"}].
   */
  function suggest(source, index, query) {
    var words = queryWords(query, index.stopwords);
    var names = nearestNames(index.glossary, words).map(function (n) { return {text: n.text, kind: "term"}; });
    return Promise.all(words.map(function (word) {
      var key = shardKey(word, index.shards);
      return key === null ? Promise.resolve([]) : loadShard(source, key).then(function (shard) { return nearestWords(shard, word); });
    })).then(function (lists) {
      var out = names.slice();
      if (words.length && lists.some(function (list) { return list.length; })) {
        out.push({text: words.map(function (word, i) { return lists[i].length ? lists[i][0].word : word; }).join(" "), kind: "words"});
      }
      if (words.length === 1) {
        lists[0].slice(1).forEach(function (near) { out.push({text: near.word, kind: "words"}); });
      }
      var seen = new Set();
      return out.filter(function (s) {
        var key = s.text.toLowerCase();
        var fresh = !seen.has(key) && key !== query.trim().toLowerCase();
        seen.add(key);
        return fresh;
      }).slice(0, SUGGESTIONS);
    }, function () { return names.slice(0, SUGGESTIONS); });
  }

  /** The glossary page of a site or version, for a reader whose words found nothing. */
  function glossaryLink(part) {
    var page = part.index.glossary.page;
    return page >= 0 && part.index.paths[page] ? {url: part.source.linkBase + pathUrl(part.index.paths[page])} : null;
  }

  /**
   * Searches this site (versions "current", the default) or every published version ("all").
   * Resolves to {query, total, results, facets, facetLabels}; rejects when this site's index cannot
   * be loaded. Other versions that cannot be searched are left out.
   */
  function search(query, options) {
    query = String(query == null ? "" : query);
    options = options || {};
    var filters = normaliseFilters(options.filters);
    var limit = options.limit == null ? 10 : Math.max(0, options.limit);
    if (!/[\p{L}\p{Nd}]/u.test(query)) {
      return Promise.resolve(emptyResponse(query, filters));
    }
    var current = currentSource();
    var others = options.versions === "all" ? versionSources(current) : Promise.resolve([]);
    var first = searchSource(current, query, filters);
    // handled below once versions.json is in; until then a failure must not count as unhandled
    first.catch(function () {});
    return others.then(function (sources) {
      var rest = sources.map(function (source) {
        return searchSource(source, query, filters).catch(function () { return null; });
      });
      return Promise.all([first].concat(rest));
    }).then(function (parts) {
      parts = parts.filter(Boolean);
      var hits = orderHits(parts);
      var aboutCount = parts.reduce(function (sum, part) { return sum + part.counts.about; }, 0);
      var suggestions = hits.length || aboutCount ? Promise.resolve([]) : suggest(parts[0].source, parts[0].index, query);
      return Promise.all([buildResults(hits.slice(0, limit), filters), suggestions]).then(function (done) {
        return {
          query: query,
          total: hits.length,
          results: done[0],
          facets: responseFacets(parts, filters),
          facetLabels: facetLabels(parts[0].index),
          about: {count: aboutCount, selected: filters.about},
          suggestions: done[1],
          glossary: glossaryLink(parts[0])
        };
      });
    });
  }

  // ---------------------------------------------------------------- rendering helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  /** The snippet as text nodes with <mark> around the highlight ranges. */
  function markedText(text, highlights) {
    var fragment = document.createDocumentFragment();
    var at = 0;
    (highlights || []).forEach(function (range) {
      if (range[0] < at) {
        return;
      }
      fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
      fragment.appendChild(el("mark", null, text.slice(range[0], range[1])));
      at = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  /**
   * A page's path from the index (pages.json's paths are paths, "team/guides/Réunion de découverte.html") as the
   * relative URL the pages themselves write: each segment percent-encoded as UTF-8, the same characters kept as the
   * generator keeps (it matches encodeURIComponent on purpose).
   */
  function pathUrl(path) {
    return String(path).split("/").map(encodeURIComponent).join("/");
  }

  function resultHref(result) {
    return result.url + (result.sectionId ? "#" + encodeURIComponent(result.sectionId) : "");
  }

  /** "Guide · Before the call": the section only when it is not the page's top. */
  function resultMeta(result) {
    var parts = [];
    if (result.kindLabel) {
      parts.push(result.kindLabel);
    }
    if (result.sectionId && result.section) {
      parts.push(result.section);
    }
    return parts.join(" · ");
  }

  function quoted(query) {
    return "\u201c" + query.trim() + "\u201d";
  }

  function failureMessage() {
    return window.location.protocol === "file:"
      ? "Search works when the site is served over HTTP, or from the offline pack, not from files of the site."
      : "Search is unavailable: the search index could not be loaded.";
  }

  function isEditable(target) {
    return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  // ---------------------------------------------------------------- header box

  function initBox() {
    var form = siteForm();
    var input = form && form.querySelector(".site-search__input");
    var list = document.getElementById("site-search-results");
    if (!input || !list) {
      return;
    }
    var box = {form: form, input: input, list: list, seq: 0, timer: 0, active: -1, open: false};
    input.addEventListener("focus", function () { onBoxFocus(box); });
    input.addEventListener("input", function () { scheduleBox(box); });
    input.addEventListener("keydown", function (event) { onBoxKey(box, event); });
    // a click on a result must not blur the input first: the blur would close the list under the pointer
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    form.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
        closeBox(box);
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        closeBox(box);
      }
    });
    document.addEventListener("keydown", function (event) { onSlash(box, event); });
  }

  /** Loads the page table while the reader types the first letters, and shows earlier results again. */
  function onBoxFocus(box) {
    loadIndex(currentSource()).catch(function () {});
    if (box.input.value.trim()) {
      runBox(box);
    }
  }

  function scheduleBox(box) {
    clearTimeout(box.timer);
    box.timer = setTimeout(function () { runBox(box); }, TYPING_DELAY);
  }

  /** Runs the box's query; an answer that arrives after a newer query started is dropped. */
  function runBox(box) {
    var query = box.input.value;
    var seq = ++box.seq;
    if (!query.trim()) {
      closeBox(box);
      return;
    }
    search(query, {limit: BOX_RESULTS}).then(function (response) {
      if (seq === box.seq) {
        renderBox(box, response);
      }
    }, function () {
      if (seq === box.seq) {
        renderBoxMessage(box, failureMessage());
      }
    });
  }

  function boxOption(result, id) {
    var link = el("a", "site-search__option");
    link.id = id;
    link.href = resultHref(result);
    link.tabIndex = -1;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    link.appendChild(el("span", "site-search__title", result.title));
    link.appendChild(el("span", "site-search__meta", resultMeta(result)));
    var snippet = el("span", "site-search__snippet");
    snippet.appendChild(markedText(result.snippet, result.highlights));
    link.appendChild(snippet);
    return link;
  }

  function seeAllOption(box, query, id) {
    var link = el("a", "site-search__option site-search__all", "See all results for " + quoted(query));
    link.id = id;
    link.href = (box.form.getAttribute("data-root") || "") + "search.html?q=" + encodeURIComponent(query.trim());
    link.tabIndex = -1;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    return link;
  }

  /** A line of the list that is not a result: a listbox holds only options, so a disabled one. */
  function boxMessage(text) {
    var message = el("div", "site-search__message", text);
    message.setAttribute("role", "option");
    message.setAttribute("aria-disabled", "true");
    return message;
  }

  function renderBox(box, response) {
    clearBox(box);
    response.results.forEach(function (result, i) {
      box.list.appendChild(boxOption(result, "site-search-option-" + i));
    });
    if (!response.results.length) {
      box.list.appendChild(boxMessage("No results for " + quoted(response.query)));
      var root = box.form.getAttribute("data-root") || "";
      response.suggestions.forEach(function (suggestion, i) {
        var link = el("a", "site-search__option site-search__suggestion", "Did you mean " + quoted(suggestion.text) + "?");
        link.id = "site-search-option-suggest-" + i;
        link.href = root + "search.html?q=" + encodeURIComponent(suggestion.text);
        link.tabIndex = -1;
        link.setAttribute("role", "option");
        link.setAttribute("aria-selected", "false");
        box.list.appendChild(link);
      });
      if (response.glossary) {
        var glossary = el("a", "site-search__option site-search__glossary", "Look it up in the glossary");
        glossary.id = "site-search-option-glossary";
        glossary.href = response.glossary.url;
        glossary.tabIndex = -1;
        glossary.setAttribute("role", "option");
        glossary.setAttribute("aria-selected", "false");
        box.list.appendChild(glossary);
      }
    }
    box.list.appendChild(seeAllOption(box, response.query, "site-search-option-all"));
    openBox(box);
  }

  function renderBoxMessage(box, message) {
    clearBox(box);
    box.list.appendChild(boxMessage(message));
    openBox(box);
  }

  function clearBox(box) {
    box.list.textContent = "";
    setActive(box, -1);
  }

  function openBox(box) {
    box.open = true;
    box.list.hidden = false;
    box.input.setAttribute("aria-expanded", "true");
  }

  function closeBox(box) {
    clearTimeout(box.timer);
    box.seq++;
    box.open = false;
    box.list.hidden = true;
    box.input.setAttribute("aria-expanded", "false");
    setActive(box, -1);
  }

  function boxOptions(box) {
    return box.list.querySelectorAll("[role=option]:not([aria-disabled=true])");
  }

  /** Marks option i as the active one (-1: none); focus stays in the input, as a combobox's does. */
  function setActive(box, i) {
    var options = boxOptions(box);
    box.active = i;
    for (var n = 0; n < options.length; n++) {
      options[n].setAttribute("aria-selected", n === i ? "true" : "false");
      options[n].classList.toggle("is-active", n === i);
    }
    if (i >= 0 && options[i]) {
      box.input.setAttribute("aria-activedescendant", options[i].id);
      options[i].scrollIntoView({block: "nearest"});
    } else {
      box.input.removeAttribute("aria-activedescendant");
    }
  }

  function moveActive(box, step) {
    var count = boxOptions(box).length;
    if (!count) {
      return;
    }
    var next = box.active + step;
    setActive(box, next < -1 ? count - 1 : next >= count ? -1 : next);
  }

  function onBoxKey(box, event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!box.open) {
        runBox(box);
        return;
      }
      moveActive(box, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && box.open && box.active >= 0) {
      // otherwise Enter submits the form: the search page shows every result
      event.preventDefault();
      window.location.href = boxOptions(box)[box.active].href;
    } else if (event.key === "Escape") {
      // Chrome would also empty a type=search field; keep the words for when the reader comes back
      event.preventDefault();
      closeBox(box);
      box.input.blur();
    }
  }

  /** "/" anywhere but in a field jumps to the search box, as on many documentation sites. */
  function onSlash(box, event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isEditable(event.target)) {
      return;
    }
    event.preventDefault();
    box.input.focus();
    box.input.select();
  }

  // ---------------------------------------------------------------- search page

  function initPage() {
    var form = document.getElementById("search-page-form");
    var input = document.getElementById("search-page-input");
    var facets = document.getElementById("search-page-facets");
    var results = document.getElementById("search-page-results");
    if (!form || !input || !facets || !results) {
      return;
    }
    var page = {
      form: form, input: input, facets: facets, results: results,
      versions: document.getElementById("search-page-versions"),
      filter: document.getElementById("search-page-filter"),
      seq: 0, timer: 0, limit: PAGE_RESULTS, state: readUrl(window.location.search), expanded: {}
    };
    if (page.filter) {
      page.filter.addEventListener("click", function () { toggleFilters(page); });
    }
    setUpVersions(page);
    input.value = page.state.q;
    input.addEventListener("input", function () {
      page.state.q = input.value;
      page.limit = PAGE_RESULTS;
      schedulePage(page);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      page.state.q = input.value;
      runPage(page);
    });
    facets.addEventListener("change", function (event) { onFacetChange(page, event.target); });
    runPage(page);
  }

  /** The versions selector means something only where other versions are published. */
  function setUpVersions(page) {
    if (!page.versions) {
      page.state.versions = "current";
      return;
    }
    if (!document.querySelector(".version-switcher[data-versions-root]")) {
      page.versions.closest(".search-page__versions").hidden = true;
      page.state.versions = "current";
    }
    page.versions.value = page.state.versions;
    page.versions.addEventListener("change", function () {
      page.state.versions = page.versions.value === "all" ? "all" : "current";
      runPage(page);
    });
  }

  /** {q, filters, versions} from a query string (?q=...&stage=discovery&versions=all). */
  function readUrl(search) {
    var params = new URLSearchParams(search);
    var filters = {};
    FACETS.forEach(function (name) {
      filters[name] = params.getAll(name).filter(Boolean);
    });
    filters.about = params.get("about") === "1";
    return {q: params.get("q") || "", filters: filters, versions: params.get("versions") === "all" ? "all" : "current"};
  }

  function writeUrl(state) {
    var params = new URLSearchParams();
    if (state.q.trim()) {
      params.set("q", state.q.trim());
    }
    FACETS.forEach(function (name) {
      state.filters[name].forEach(function (id) { params.append(name, id); });
    });
    if (state.filters.about) {
      params.set("about", "1");
    }
    if (state.versions === "all") {
      params.set("versions", "all");
    }
    var query = params.toString();
    window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function schedulePage(page) {
    clearTimeout(page.timer);
    page.timer = setTimeout(function () { runPage(page); }, TYPING_DELAY);
  }

  function runPage(page) {
    var seq = ++page.seq;
    var state = page.state;
    writeUrl(state);
    if (!state.q.trim()) {
      renderPageIdle(page);
      return;
    }
    search(state.q, {filters: state.filters, versions: state.versions, limit: page.limit}).then(function (response) {
      if (seq === page.seq) {
        renderFacets(page, response);
        renderPageResults(page, response);
      }
    }, function () {
      if (seq === page.seq) {
        page.facets.hidden = true;
        showPageStatus(page, failureMessage());
      }
    });
  }

  function onFacetChange(page, target) {
    if (!target || target.type !== "checkbox") {
      return;
    }
    if (target.name === "about") {
      page.state.filters.about = target.checked;
      page.limit = PAGE_RESULTS;
      runPage(page);
      return;
    }
    var selected = page.state.filters[target.name];
    var at = selected.indexOf(target.value);
    if (target.checked && at < 0) {
      selected.push(target.value);
    } else if (!target.checked && at >= 0) {
      selected.splice(at, 1);
    }
    page.limit = PAGE_RESULTS;
    runPage(page);
  }

  function renderPageIdle(page) {
    page.facets.hidden = true;
    page.facets.textContent = "";
    if (page.filter) {
      page.filter.hidden = true;
    }
    showPageStatus(page, "Type a word or two to search every page of the playbook.");
  }

  function showPageStatus(page, message) {
    page.results.textContent = "";
    page.results.appendChild(el("p", "search-results__status", message));
  }

  function facetOption(name, value) {
    var id = "search-facet-" + name + "-" + value.id;
    var label = el("label", "search-facet__option");
    label.htmlFor = id;
    var box = el("input");
    box.type = "checkbox";
    box.id = id;
    box.name = name;
    box.value = value.id;
    box.checked = value.selected;
    label.appendChild(box);
    label.appendChild(el("span", "search-facet__label", value.label));
    label.appendChild(el("span", "search-facet__count", String(value.count)));
    return label;
  }

  function facetGroup(page, name, legend, values) {
    var fieldset = el("fieldset", "search-facet search-facet--" + name);
    fieldset.appendChild(el("legend", "search-facet__legend", legend));
    var shown = page.expanded[name] ? values : topValues(values, FACET_VALUES);
    shown.forEach(function (value) { fieldset.appendChild(facetOption(name, value)); });
    if (shown.length < values.length) {
      var more = el("button", "search-facet__more", "more (" + (values.length - shown.length) + ")");
      more.type = "button";
      more.id = "search-facet-more-" + name;
      more.addEventListener("click", function () {
        page.expanded[name] = true;
        fieldset.replaceWith(facetGroup(page, name, legend, values));
        var first = document.getElementById("search-facet-" + name + "-" + values[0].id);
        if (first) {
          first.focus();
        }
      });
      fieldset.appendChild(more);
    }
    return fieldset;
  }

  /** The values a folded facet shows: every selected one and the others with most results, up to n, in label order. */
  function topValues(values, n) {
    if (values.length <= n) {
      return values;
    }
    var ranked = values.slice().sort(function (a, b) {
      return (b.selected ? 1 : 0) - (a.selected ? 1 : 0) || b.count - a.count || byLabel(a, b);
    });
    var keep = new Set(ranked.slice(0, Math.max(n, values.filter(function (v) { return v.selected; }).length)));
    return values.filter(function (value) { return keep.has(value); });
  }

  /** "About this playbook": the authors' pages (Rules, Completeness, changes), left out unless asked for. */
  function aboutGroup(about) {
    var fieldset = el("fieldset", "search-facet search-facet--about");
    fieldset.appendChild(el("legend", "search-facet__legend", "About this playbook"));
    fieldset.appendChild(facetOption("about", {id: "1", label: "Pages about this playbook", count: about.count, selected: about.selected}));
    return fieldset;
  }

  /** How many filters are on: each selected value, and the about filter. */
  function activeFilters(state) {
    var count = state.filters.about ? 1 : 0;
    FACETS.forEach(function (name) { count += state.filters[name].length; });
    return count;
  }

  function updateFilterButton(page) {
    if (!page.filter) {
      return;
    }
    var active = activeFilters(page.state);
    page.filter.hidden = page.facets.hidden;
    page.filter.textContent = active ? "Filter (" + active + ")" : "Filter";
    page.filter.setAttribute("aria-label", active ? "Filter, " + active + (active === 1 ? " filter on" : " filters on") : "Filter");
  }

  function toggleFilters(page) {
    var open = !page.facets.classList.contains("is-open");
    page.facets.classList.toggle("is-open", open);
    page.filter.setAttribute("aria-expanded", open ? "true" : "false");
  }

  /** Rebuilds the facet checkboxes, keeping keyboard focus on the checkbox the reader just used. */
  function renderFacets(page, response) {
    var focused = document.activeElement;
    var focusId = focused && page.facets.contains(focused) ? focused.id : null;
    page.facets.textContent = "";
    FACETS.forEach(function (name) {
      if (response.facets[name].length) {
        page.facets.appendChild(facetGroup(page, name, response.facetLabels[name], response.facets[name]));
      }
    });
    if (response.about.count || response.about.selected) {
      page.facets.appendChild(aboutGroup(response.about));
    }
    page.facets.hidden = !page.facets.firstChild;
    updateFilterButton(page);
    var again = focusId && document.getElementById(focusId);
    if (again) {
      again.focus();
    }
  }

  function versionBadge(result) {
    return el("span", "search-result__version badge", result.version);
  }

  function pageResult(result, showVersion) {
    var item = el("li", "search-result");
    var title = el("h2", "search-result__title");
    var link = el("a", null, result.title);
    link.href = resultHref(result);
    title.appendChild(link);
    if (showVersion && result.version) {
      title.appendChild(document.createTextNode(" "));
      title.appendChild(versionBadge(result));
    }
    item.appendChild(title);
    item.appendChild(el("p", "search-result__meta", resultMeta(result)));
    var snippet = el("p", "search-result__snippet");
    snippet.appendChild(markedText(result.snippet, result.highlights));
    item.appendChild(snippet);
    return item;
  }

  /** What a search without results offers instead: the nearest words ("did you mean") and the glossary. */
  function noDeadEnd(response, hrefFor) {
    var block = el("div", "search-results__empty");
    if (response.suggestions.length) {
      var suggest = el("p", "search-results__suggest");
      suggest.appendChild(document.createTextNode("Did you mean: "));
      response.suggestions.forEach(function (suggestion) {
        var link = el("a", "search-results__suggestion", suggestion.text);
        link.href = hrefFor(suggestion.text);
        suggest.appendChild(link);
      });
      block.appendChild(suggest);
    }
    if (response.about.count) {
      block.appendChild(el("p", "search-results__about", response.about.count + " of the pages about this playbook match: "
        + "turn on “Pages about this playbook” to see them."));
    }
    if (response.glossary) {
      var p = el("p", "search-results__glossary");
      p.appendChild(document.createTextNode("The playbook may use other words for it: "));
      var link = el("a", null, "look it up in the glossary");
      link.href = response.glossary.url;
      p.appendChild(link);
      p.appendChild(document.createTextNode("."));
      block.appendChild(p);
    }
    return block;
  }

  function summary(response) {
    if (!response.total) {
      return "No results for " + quoted(response.query);
    }
    return response.total + (response.total === 1 ? " result" : " results") + " for " + quoted(response.query);
  }

  function renderPageResults(page, response) {
    showPageStatus(page, summary(response));
    if (!response.results.length) {
      page.results.appendChild(noDeadEnd(response, function (text) {
        return (siteForm() && siteForm().getAttribute("data-root") || "") + "search.html?q=" + encodeURIComponent(text);
      }));
      return;
    }
    var list = el("ol", "search-results__list");
    response.results.forEach(function (result) {
      list.appendChild(pageResult(result, page.state.versions === "all"));
    });
    page.results.appendChild(list);
    if (response.total > response.results.length) {
      page.results.appendChild(moreButton(page));
    }
    focusNewResult(page);
  }

  function moreButton(page) {
    var button = el("button", "search-results__more", "Show more results");
    button.type = "button";
    button.addEventListener("click", function () {
      // the button is rebuilt with the list: keyboard focus goes on to the first new result instead
      page.focusResult = page.limit;
      page.limit += PAGE_RESULTS;
      runPage(page);
    });
    return button;
  }

  function focusNewResult(page) {
    var links = page.results.querySelectorAll(".search-result__title a");
    if (page.focusResult != null && links[page.focusResult]) {
      links[page.focusResult].focus();
    }
    page.focusResult = null;
  }

  // ---------------------------------------------------------------- start

  // Node (node --test, assets/test/): the client's logic on its own, without a page
  if (typeof module === "object" && module.exports) {
    module.exports = {
      tokenize: tokenize, queryWords: queryWords, stem: stem, wordClass: wordClass, editDistance: editDistance,
      prepareIndex: prepareIndex, prepareGlossary: prepareGlossary, planQuery: planQuery, matchWord: matchWord,
      expandWords: expandWords, scorePages: scorePages, bestSection: bestSection, makeMatcher: makeMatcher,
      makeSnippet: makeSnippet, sectionText: sectionText, nearestWords: nearestWords, nearestNames: nearestNames,
      topValues: topValues, activeFilters: activeFilters, normaliseFilters: normaliseFilters, pathUrl: pathUrl,
      buildResult: buildResult, resultHref: resultHref, glossaryLink: glossaryLink
    };
    return;
  }

  window.PlaybookSearch = {
    search: search,
    stem: stem,
    tokenize: function (text) { return tokenize(text); }
  };

  function start() {
    initBox();
    initPage();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
