/*
 * The archive's search, in the browser.
 *
 * The index (built by generator/site/search_index.py) is a set of small scripts that call back into
 * `ArchiveSearch`; they are loaded with <script> tags, so search works over HTTP, in
 * `mkdocs serve` and from a site opened as files. Queries are folded with the table the index
 * was folded with (manifest.fold), so both sides see the same words.
 *
 * Everything from the index reaches the page through textContent and createElement: article
 * text is never parsed as HTML.
 */
(function () {
  "use strict";

  var RESULTS_PER_PAGE = 10;
  var PREFIX_WEIGHT = 0.6;
  var STEM_WEIGHT = 0.8;
  var MAX_PREFIX_TERMS = 300;
  var MAX_PREFIX_CHUNKS = 4;
  var FACETS = ["lang", "outlet", "event", "year"];

  var pending = {};   // key -> {promise, resolve}
  var loaded = {};    // key -> data
  var indexBase = null;
  var manifest = null;

  function expect(key) {
    if (!pending[key]) {
      var entry = {};
      entry.promise = new Promise(function (resolve, reject) {
        entry.resolve = resolve;
        entry.reject = reject;
      });
      pending[key] = entry;
    }
    return pending[key];
  }

  function deliver(key, data) {
    loaded[key] = data;
    expect(key).resolve(data);
  }

  var requested = {};  // path -> the keys waiting for that file

  // The data of `key`, from the index file `path` (several keys may come from one file: it is
  // fetched once).
  function load(key, path) {
    if (key in loaded) return Promise.resolve(loaded[key]);
    var entry = expect(key);
    if (!requested[path]) {
      requested[path] = [];
      var script = document.createElement("script");
      script.src = indexBase + path;
      script.async = true;
      script.onerror = function () {
        var waiting = requested[path];
        delete requested[path];  // a later search may try again
        waiting.forEach(function (k) {
          if (!(k in loaded)) {
            pending[k].reject(new Error("cannot load " + path));
            delete pending[k];
          }
        });
      };
      document.head.appendChild(script);
    }
    if (requested[path].indexOf(key) < 0) requested[path].push(key);
    return entry.promise;
  }

  function loadRecord(id) {
    return load("d:" + id, "d/" + Math.floor(id / manifest.perFile) + ".js");
  }

  // Called by the index files.
  window.ArchiveSearch = {
    manifest: function (data) { deliver("manifest", data); },
    terms: function (n, data) { deliver("t:" + n, data); },
    records: function (first, list) {
      list.forEach(function (data, i) { deliver("d:" + (first + i), data); });
    },
    facet: function (key, ids) { deliver("f:" + key, ids); }
  };

  // ---- normalisation: the same steps as generator/text/fold.py ------------------
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{Mn}/gu;
  var ARABIC_WORD = /^[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+$/;

  function fold(text) {
    var table = manifest.fold.table;
    var out = "";
    for (var ch of text.normalize("NFKC")) {
      var mapped = table[ch];
      out += mapped === undefined ? ch : mapped;
    }
    return out.toLowerCase().normalize("NFKD").replace(MARKS, "");
  }

  function tokens(text) {
    return fold(text).match(WORD) || [];
  }

  function arabicStem(token) {
    if (!ARABIC_WORD.test(token)) return null;
    var clitics = manifest.fold.proclitics;
    for (var i = 0; i < clitics.length; i++) {
      if (token.startsWith(clitics[i]) && token.length - clitics[i].length >= manifest.fold.minStem) {
        return token.slice(clitics[i].length);
      }
    }
    return null;
  }

  // ---- the index -------------------------------------------------------------------------
  function chunkOf(term) {
    var starts = manifest.chunks, low = 0, high = starts.length - 1, found = 0;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (starts[mid] <= term) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found;
  }

  function loadChunk(n) { return load("t:" + n, "t/" + n + ".js"); }

  // A term's postings: numbers in base 32, one character a group, most significant first; a
  // character from the first half of DIGITS ends a number (search_index.encode_numbers).
  // They alternate: the gap to the record before, then the record's weight for the term (BM25's
  // term-frequency part); the score is that weight times the term's idf, from the number of
  // records holding the term.
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;

  function decode(postings, weight, into) {
    var numbers = 0, i;
    for (i = 0; i < postings.length; i++) if (DIGIT[postings.charCodeAt(i)] < 32) numbers++;
    var holding = numbers / 2;
    var idf = Math.log(1 + (manifest.records - holding + 0.5) / (holding + 0.5));
    var doc = 0, value = 0, isGap = true;
    for (i = 0; i < postings.length; i++) {
      var digit = DIGIT[postings.charCodeAt(i)];
      value = value * 32 + (digit & 31);
      if (digit >= 32) continue;
      if (isGap) {
        doc += value;
      } else {
        var score = value * idf * weight;
        if (!(into.get(doc) >= score)) into.set(doc, score);
      }
      isGap = !isGap;
      value = 0;
    }
  }

  // Records matching one query word: exactly, as a word's beginning, or (Arabic) unprefixed.
  function matchesOf(token) {
    if (!manifest.chunks.length) return Promise.resolve(new Map());
    var first = chunkOf(token);
    var chunks = [first];
    var upper = token + "\uffff";
    for (var n = first + 1; n < manifest.chunks.length && chunks.length < MAX_PREFIX_CHUNKS; n++) {
      if (manifest.chunks[n] > upper) break;
      chunks.push(n);
    }
    var stem = arabicStem(token);
    var stemChunk = stem ? chunkOf(stem) : null;
    var wanted = chunks.slice();
    if (stemChunk !== null && wanted.indexOf(stemChunk) < 0) wanted.push(stemChunk);
    return Promise.all(wanted.map(loadChunk)).then(function () {
      var scores = new Map();
      var prefixTerms = 0;
      chunks.forEach(function (n) {
        var terms = loaded["t:" + n];
        for (var term in terms) {
          if (term === token) decode(terms[term], 1, scores);
          else if (token.length >= 2 && term.startsWith(token) && prefixTerms < MAX_PREFIX_TERMS) {
            prefixTerms++;
            decode(terms[term], PREFIX_WEIGHT, scores);
          }
        }
      });
      if (stem) {
        var stemTerms = loaded["t:" + stemChunk];
        if (stemTerms[stem]) decode(stemTerms[stem], STEM_WEIGHT, scores);
      }
      return scores;
    });
  }

  function facetSet(facet, value) {
    var values = manifest.facets[facet] || [];
    for (var i = 0; i < values.length; i++) {
      if (values[i][0] === value) {
        return load("f:" + facet + ":" + value, "f/" + facet + "/" + i + ".js")
          .then(function (ids) { return new Set(ids); });
      }
    }
    return Promise.resolve(new Set());
  }

  // Ranked record ids for a query and filters ({facet: value}).
  function search(query, filters) {
    var words = tokens(query);
    var active = FACETS.filter(function (f) { return filters[f]; });
    var facetSets = Promise.all(active.map(function (f) { return facetSet(f, filters[f]); }));
    if (!words.length) {
      if (!active.length) return Promise.resolve(null);
      return facetSets.then(function (sets) {
        var ids = Array.from(sets[0]).filter(function (id) {
          return sets.every(function (s) { return s.has(id); });
        });
        return ids.sort(function (a, b) { return a - b; });
      });
    }
    return Promise.all([Promise.all(words.map(matchesOf)), facetSets]).then(function (both) {
      var perWord = both[0], sets = both[1];
      perWord.sort(function (a, b) { return a.size - b.size; });
      var total = new Map();
      perWord[0].forEach(function (score, doc) {
        var sum = score;
        for (var i = 1; i < perWord.length; i++) {
          var other = perWord[i].get(doc);
          if (other === undefined) return;
          sum += other;
        }
        for (var j = 0; j < sets.length; j++) if (!sets[j].has(doc)) return;
        total.set(doc, sum);
      });
      return Array.from(total.keys()).sort(function (a, b) {
        return (total.get(b) - total.get(a)) || (a - b);
      });
    });
  }

  // ---- showing results -------------------------------------------------------------------
  var SPLIT = /([\p{L}\p{M}\p{N}\u200c\u200d\u0640'’]+)/u;

  function matcher(query) {
    var words = tokens(query);
    var stems = words.map(arabicStem).filter(Boolean);
    return function (word) {
      var folded = tokens(word);
      return folded.some(function (t) {
        var tStem = arabicStem(t);
        return words.some(function (q) {
          return t === q || (q.length >= 2 && t.startsWith(q)) || (tStem && tStem === q);
        }) || stems.some(function (s) { return t === s || (tStem && tStem === s); });
      });
    };
  }

  // Append `text` to `parent`, with matched words in <mark>; if `window` is set, only about
  // that many words around the first match, with ellipses.
  function highlight(parent, text, isMatch, window) {
    var parts = text.split(SPLIT);
    var start = 0, end = parts.length;
    if (window) {
      var first = -1;
      for (var i = 1; i < parts.length; i += 2) if (isMatch(parts[i])) { first = i; break; }
      start = Math.max(0, (first < 0 ? 0 : first) - window / 2 * 2);
      start -= start % 2;
      end = Math.min(parts.length, start + window * 2);
      if (start > 0) parent.appendChild(document.createTextNode("… "));
    }
    for (var k = start; k < end; k++) {
      if (k % 2 === 1 && isMatch(parts[k])) {
        var mark = document.createElement("mark");
        mark.textContent = parts[k];
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(parts[k].replace(/\s+/g, " ")));
      }
    }
    if (window && end < parts.length) parent.appendChild(document.createTextNode(" …"));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultItem(record, isMatch, base) {
    var link = element("a", "search-result");
    link.href = base + record.u;
    var title = element("span", "search-result__title");
    title.lang = record.l;
    title.dir = record.d;
    highlight(title, record.t, isMatch, 0);
    link.appendChild(title);
    if (record.e && record.e !== record.t) {
      link.appendChild(element("span", "search-result__translation", record.e));
    }
    var meta = element("span", "search-result__meta");
    var tag = element("span", "lang-tag", record.l);
    var language = (manifest.facets.lang || []).find(function (v) { return v[0] === record.l.split("-")[0]; });
    if (language) tag.title = language[1];
    meta.appendChild(tag);
    var details = [record.k === "event" ? WORDS.event : record.o, record.p,
                   record.k === "article" ? record.v : null].filter(Boolean);
    meta.appendChild(document.createTextNode(" " + details.join(" · ")));
    link.appendChild(meta);
    var excerpt = element("span", "search-result__excerpt");
    excerpt.lang = record.l;
    excerpt.dir = record.d;
    highlight(excerpt, record.x, isMatch, 36);
    link.appendChild(excerpt);
    return link;
  }

  // ---- the search page -------------------------------------------------------------------
  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    FACETS.forEach(function (f) { state[f] = params.get(f) || ""; });
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FACETS.forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "");
    try { window.history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
  }

  function fillFilters(root, state) {
    FACETS.forEach(function (facet) {
      var select = root.querySelector("#filter-" + facet);
      (manifest.facets[facet] || []).forEach(function (value) {
        var option = element("option", null, value[1] + " (" + value[2] + ")");
        option.value = value[0];
        select.appendChild(option);
      });
      select.value = state[facet];
    });
  }

  function startPage(root) {
    var input = root.querySelector("#search-query");
    var status = root.querySelector("#search-status");
    var list = root.querySelector("#search-results");
    var more = root.querySelector("#search-more");
    var base = root.getAttribute("data-base");
    var state = readState();
    var run = 0, ids = [], shown = 0, isMatch = null;
    input.value = state.q;
    var header = document.getElementById("archive-search-header");
    if (header) header.value = state.q;
    fillFilters(root, state);

    function showMore(runId) {
      var slice = ids.slice(shown, shown + RESULTS_PER_PAGE);
      shown += slice.length;
      return Promise.all(slice.map(loadRecord))
        .then(function (records) {
          if (runId !== run) return;
          records.forEach(function (record) { list.appendChild(resultItem(record, isMatch, base)); });
          more.hidden = shown >= ids.length;
        });
    }

    function update() {
      var current = ++run;
      state.q = input.value.trim();
      FACETS.forEach(function (f) { state[f] = root.querySelector("#filter-" + f).value; });
      writeState(state);
      var started = performance.now();
      search(state.q, state).then(function (found) {
        if (current !== run) return;
        list.textContent = "";
        shown = 0;
        if (found === null) {
          ids = [];
          more.hidden = true;
          status.textContent = WORDS.prompt;
          return;
        }
        ids = found;
        isMatch = matcher(state.q);
        status.textContent = counted(WORDS.results, ids.length);
        return showMore(current).then(function () {
          if (current === run) {
            root.setAttribute("data-last-search-ms", String(Math.round(performance.now() - started)));
          }
        });
      }).catch(function (error) {
        status.textContent = WORDS.failed.replace("%(error)s", error.message);
      });
    }

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 180);  // after a pause in typing, not on every key
    });
    FACETS.forEach(function (f) {
      root.querySelector("#filter-" + f).addEventListener("change", update);
    });
    more.addEventListener("click", function () { showMore(run); });
    // results update as one types: Enter submits nothing (no inline handler in the page)
    root.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
    });
    update();
  }

  // ---- the page's strings: English, or the interface language's (data-words) -----------
  var WORDS = {
    results: {one: "%(num)d result", other: "%(num)d results"},
    event: "Event",
    prompt: "Type a word, or choose a filter.",
    failed: "Search failed: %(error)s",
    unloaded: "The search index could not be loaded (%(error)s)."
  };

  function readWords(root) {
    var given = root.getAttribute("data-words");
    if (!given) return;
    try {
      var words = JSON.parse(given);
      Object.keys(words).forEach(function (key) { WORDS[key] = words[key]; });
    } catch (error) { /* keep English */ }
  }

  function counted(forms, count) {
    var category = "other";
    try {
      category = new Intl.PluralRules(document.documentElement.lang || "en").select(count);
    } catch (error) { /* a language the browser does not know: "other" */ }
    var form = forms[category] || forms.other || "%(num)d";
    return form.replace("%(num)d", String(count));
  }

  function start() {
    var root = document.getElementById("archive-search");
    if (!root) return;
    indexBase = root.getAttribute("data-index");
    readWords(root);
    load("manifest", "manifest.js").then(function () {
      manifest = loaded.manifest;
      window.ArchiveSearch.fold = fold;
      window.ArchiveSearch.tokens = tokens;
      startPage(root);
    }).catch(function (error) {
      root.querySelector("#search-status").textContent = WORDS.unloaded.replace("%(error)s", error.message);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
