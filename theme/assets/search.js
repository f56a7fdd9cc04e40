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
  var COLUMNS = ["lang", "outlet", "event"];  // the filters read from a column; the year from the days
  var MAX_CHECKED = 300;  // candidates whose text a phrase is looked for in

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
      script.setAttribute("data-key", key);
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

  // Called by the index files. A passage's file does not name itself (an unchanged record
  // keeps its file when others move): it is known by the script that runs it.
  function current() {
    var script = document.currentScript;
    return script ? script.getAttribute("data-key") : null;
  }
  window.ArchiveSearch = {
    manifest: function (data) { deliver("manifest", data); },
    terms: function (n, data) { deliver("t:" + n, data); },
    records: function (first, list) {
      list.forEach(function (data, i) { deliver("d:" + (first + i), data); });
    },
    passage: function (text) { var key = current(); if (key) deliver(key, text); },
    facets: function (data) { deliver("facets", data); },
    column: function (facet, encoded) { deliver("c:" + facet, numbers(encoded)); },
    dates: function (encoded) { deliver("dates", encoded); },
    names: function (groups) { deliver("names", groups); }
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

  // Numbers in base 32, one character a group, most significant first; a character from the
  // first half of DIGITS ends a number (search_index.encode_numbers).
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;

  function numbers(encoded) {
    var out = [], value = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = DIGIT[encoded.charCodeAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) { out.push(value); value = 0; }
    }
    return out;
  }

  // A term's postings alternate the gap to the record before and one number: the record's
  // weight for the term (BM25's term-frequency part, 1 to 7) plus eight times the passage
  // holding the term most (0: the title or the lead). The score is the weight times the
  // term's idf, from the number of records holding the term. `into` maps a record to
  // [score, passage], keeping the better score.
  function decode(postings, weight, into) {
    var count = 0, i;
    for (i = 0; i < postings.length; i++) if (DIGIT[postings.charCodeAt(i)] < 32) count++;
    var holding = count / 2;
    var idf = Math.log(1 + (manifest.records - holding + 0.5) / (holding + 0.5));
    var doc = 0, value = 0, isGap = true;
    for (i = 0; i < postings.length; i++) {
      var digit = DIGIT[postings.charCodeAt(i)];
      value = value * 32 + (digit & 31);
      if (digit >= 32) continue;
      if (isGap) {
        doc += value;
      } else {
        var score = (value & 7) * idf * weight;
        var known = into.get(doc);
        if (!known || known[0] < score) into.set(doc, [score, value >> 3]);
      }
      isGap = !isGap;
      value = 0;
    }
  }

  // Records holding one query word: exactly, as a word's beginning (unless `exact`), or
  // (Arabic) without its prefixed article or conjunction.
  function matchesOf(token, exact) {
    if (!manifest.chunks.length) return Promise.resolve(new Map());
    var first = chunkOf(token);
    var chunks = [first];
    var upper = token + "\uffff";
    for (var n = first + 1; !exact && n < manifest.chunks.length && chunks.length < MAX_PREFIX_CHUNKS; n++) {
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
          else if (!exact && token.length >= 2 && term.startsWith(token) && prefixTerms < MAX_PREFIX_TERMS) {
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

  // ---- the query: words, "phrases", -exclusions, OR ---------------------------------------
  // A query is a list of groups, all of which a result must match; a group is one or more
  // items joined by OR, any of which it must match; an item is a word (each of its folded
  // words, the last as a word's beginning) or a phrase (its words one after another).
  var PART = /(-?)(?:"([^"]*)"?|“([^”]*)”?|«([^»]*)»?|„([^“”]*)[“”]?|(\S+))/g;

  function parse(query) {
    var groups = [], exclude = [], joining = false, match;
    PART.lastIndex = 0;
    while ((match = PART.exec(query)) !== null) {
      var quoted = [match[2], match[3], match[4], match[5]].find(function (q) { return q !== undefined; });
      var raw = quoted !== undefined ? quoted : match[6];
      if (quoted === undefined && !match[1] && (raw === "OR" || raw === "|")) {
        joining = groups.length > 0;
        continue;
      }
      var words = tokens(raw);
      if (!words.length) continue;
      var item = {tokens: words, phrase: quoted !== undefined && words.length > 1};
      if (match[1]) {
        exclude.push(item);
      } else if (joining) {
        groups[groups.length - 1].push(item);
      } else {
        groups.push([item]);
      }
      joining = false;
    }
    return {groups: groups, exclude: exclude,
            phrases: groups.some(function (g) { return g.some(function (i) { return i.phrase; }); })
                     || exclude.some(function (i) { return i.phrase; })};
  }

  // Records matching an item: Map record -> [score, passage].
  function itemMatches(item, exact) {
    var phrase = exact || item.phrase;
    return Promise.all(item.tokens.map(function (token) {
      return matchesOf(token, phrase);
    })).then(function (perWord) {
      perWord.sort(function (a, b) { return a.size - b.size; });
      var found = new Map();
      perWord[0].forEach(function (first, doc) {
        var score = first[0], passage = first[1], best = first[0];
        for (var i = 1; i < perWord.length; i++) {
          var other = perWord[i].get(doc);
          if (other === undefined) return;
          score += other[0];
          if (other[0] > best) { best = other[0]; passage = other[1]; }
        }
        found.set(doc, [score, passage]);
      });
      return found;
    });
  }

  // Records matching a group: any of its items, scores summed over the items matched.
  function groupMatches(group) {
    return Promise.all(group.map(function (item) { return itemMatches(item, false); }))
      .then(function (perItem) {
        var found = new Map();
        perItem.forEach(function (matches, index) {
          matches.forEach(function (value, doc) {
            var known = found.get(doc);
            if (!known) found.set(doc, {score: value[0], passages: [[value[0], value[1]]], items: [index]});
            else { known.score += value[0]; known.passages.push([value[0], value[1]]); known.items.push(index); }
          });
        });
        return found;
      });
  }

  // ---- the filters: columns of every record's value, and the days ------------------------
  function loadColumn(facet) { return load("c:" + facet, "c/" + facet + ".js"); }
  function loadFacets() { return load("facets", "facets.js"); }

  var days = null;  // {runs: [[first record, end, day number]...], dated}
  function loadDays() {
    if (days) return Promise.resolve(days);
    return load("dates", "dates.js").then(function (encoded) {
      var values = numbers(encoded), runs = [], record = 0, day = 0;
      for (var i = 0; i < values.length; i += 2) {
        day = i === 0 ? values[0] : day - values[i];
        runs.push([record, record + values[i + 1], day]);
        record += values[i + 1];
      }
      days = {runs: runs, dated: record};
      return days;
    });
  }

  // A Python day number (date.toordinal) as YYYY-MM-DD.
  function isoOf(day) {
    return new Date(Date.UTC(1970, 0, 1) + (day - 719163) * 86400000).toISOString().slice(0, 10);
  }

  // The first and last day a "from"/"to" value means: 2025, 2025-10 or 2025-10-09.
  function dayBounds(text) {
    var match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text || "");
    if (!match) return null;
    var year = +match[1], month = match[2] ? +match[2] - 1 : null, day = match[3] ? +match[3] : null;
    var first = Date.UTC(year, month === null ? 0 : month, day === null ? 1 : day);
    var last = day !== null ? first : month !== null ? Date.UTC(year, month + 1, 0) : Date.UTC(year, 11, 31);
    if (isNaN(first)) return null;
    return [first / 86400000 + 719163, last / 86400000 + 719163];
  }

  // Whether a record's day lies within the state's from/to (a record with no day never does).
  function dayTest(state) {
    var from = dayBounds(state.from), to = dayBounds(state.to);
    var year = /^\d{4}$/.test(state.year) ? dayBounds(state.year) : null;
    if (!from && !to && !year) return null;
    var low = Math.max(from ? from[0] : -Infinity, year ? year[0] : -Infinity);
    var high = Math.min(to ? to[1] : Infinity, year ? year[1] : Infinity);
    return loadDays().then(function (known) {
      var allowed = [];
      known.runs.forEach(function (run) {
        if (run[2] >= low && run[2] <= high) allowed.push([run[0], run[1]]);
      });
      return function (id) {
        for (var i = 0; i < allowed.length; i++) if (id >= allowed[i][0] && id < allowed[i][1]) return true;
        return false;
      };
    });
  }

  // Each record's year, from the days (null: no day).
  function yearsOf(known) {
    var years = new Array(manifest.records).fill(null);
    known.runs.forEach(function (run) {
      var year = isoOf(run[2]).slice(0, 4);
      for (var id = run[0]; id < run[1]; id++) years[id] = year;
    });
    return years;
  }

  // A test for the chosen value of each column filter ({facet: test}).
  function columnTests(state) {
    var active = COLUMNS.filter(function (f) { return state[f]; });
    if (!active.length) return Promise.resolve({});
    return Promise.all([loadFacets()].concat(active.map(loadColumn))).then(function (loadedAll) {
      var facets = loadedAll[0], tests = {};
      active.forEach(function (facet, i) {
        var column = loadedAll[i + 1];
        var code = (facets[facet] || []).findIndex(function (v) { return v[0] === state[facet]; }) + 1;
        tests[facet] = function (id) { return code > 0 && column[id] === code; };
      });
      return tests;
    });
  }

  // ---- phrases: checked in the text of the records whose words match --------------------
  function sameWord(word, wanted) {
    if (word === wanted) return true;
    var stem = arabicStem(word), stemWanted = arabicStem(wanted);
    return stem === wanted || (stemWanted !== null && stem === stemWanted);
  }

  function holdsPhrase(words, phrase) {
    outer: for (var i = 0; i + phrase.length <= words.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (!sameWord(words[i + j], phrase[j])) continue outer;
      return true;
    }
    return false;
  }

  // The whole text of a record: its title, lead and passages (each paragraph folded apart,
  // so a phrase never runs from one into the next).
  function wholeText(id) {
    return loadRecord(id).then(function (record) {
      var wanted = [];
      for (var n = 1; n <= (record.n || 0); n++) wanted.push(loadPassage(record, n));
      return Promise.all(wanted).then(function (passages) {
        return [record.t, record.x].concat(passages).join("\n");
      });
    });
  }

  function phraseWords(text) {
    return text.split(/\n+/).map(tokens);
  }

  function loadPassage(record, n) {
    return load("x:" + record.h + "-" + n, "x/" + record.h + "-" + n + ".js");
  }

  // ---- searching --------------------------------------------------------------------------
  // The records a state asks for: {ids (in the order asked), base (the query's matches before
  // any filter: ids), passages (Map id -> the passage of its best match), checked (whether
  // every phrase was checked in every candidate)}; null when there is nothing to look for.
  function search(state) {
    var query = parse(state.q);
    var anyFilter = COLUMNS.some(function (f) { return state[f]; }) || state.year || state.from || state.to;
    if (!query.groups.length && !anyFilter) return Promise.resolve(null);
    var matching;
    if (!query.groups.length) {
      var every = new Map();
      for (var id = 0; id < manifest.records; id++) every.set(id, {score: 0, passages: [], items: []});
      matching = Promise.resolve([every]);
    } else {
      matching = Promise.all(query.groups.map(groupMatches));
    }
    // -word leaves out what the word finds; -"a phrase" what has the phrase
    var excluded = Promise.all(query.exclude.map(function (item) { return itemMatches(item, false); }));
    return Promise.all([matching, excluded, columnTests(state), dayTest(state)]).then(function (all) {
      var byGroup = query.groups.length ? all[0] : [], outs = all[1], tests = all[2], inDays = all[3];
      var perGroup = all[0].slice().sort(function (a, b) { return a.size - b.size; });
      var scores = new Map(), passages = new Map();
      perGroup[0].forEach(function (first, doc) {
        var score = first.score, votes = first.passages.slice();
        for (var i = 1; i < perGroup.length; i++) {
          var other = perGroup[i].get(doc);
          if (other === undefined) return;
          score += other.score;
          votes = votes.concat(other.passages);
        }
        scores.set(doc, score);
        var tally = {};
        votes.forEach(function (v) { tally[v[1]] = (tally[v[1]] || 0) + v[0]; });
        var best = 0, bestScore = -1;
        Object.keys(tally).forEach(function (k) { if (tally[k] > bestScore) { bestScore = tally[k]; best = +k; } });
        passages.set(doc, best);
      });
      var plainOuts = [], phraseOuts = [];
      query.exclude.forEach(function (item, i) { (item.phrase ? phraseOuts : plainOuts).push([item, outs[i]]); });
      var base = [];
      scores.forEach(function (score, doc) {
        if (plainOuts.some(function (o) { return o[1].has(doc); })) return;
        base.push(doc);
      });
      return checkPhrases(base, scores, query, phraseOuts, byGroup).then(function (checked) {
        var kept = checked.ids.filter(function (doc) {
          if (inDays && !inDays(doc)) return false;
          return COLUMNS.every(function (f) { return !tests[f] || tests[f](doc); });
        });
        return orderBy(state.sort, kept, scores).then(function (ids) {
          return {ids: ids, base: checked.ids, passages: passages, checked: checked.complete,
                  candidates: checked.candidates, query: query};
        });
      });
    });
  }

  // Keep the candidates whose text holds the query's phrases (in a group, a phrase or another
  // of its items) and none of the phrases it leaves out. Only a candidate whose words match a
  // phrase's is read, the best MAX_CHECKED of them.
  function checkPhrases(ids, scores, query, phraseOuts, byGroup) {
    if (!query.phrases) return Promise.resolve({ids: ids, complete: true, candidates: 0});
    var wanted = function (doc) {
      return query.groups.some(function (group, g) {
        var found = byGroup[g] && byGroup[g].get(doc);
        return found && found.items.every(function (i) { return group[i].phrase; });
      }) || phraseOuts.some(function (out) { return out[1].has(doc); });
    };
    var sure = [], reading = [];
    ids.forEach(function (doc) { (wanted(doc) ? reading : sure).push(doc); });
    reading.sort(function (a, b) { return (scores.get(b) - scores.get(a)) || (a - b); });
    var candidates = reading.length;
    reading = reading.slice(0, MAX_CHECKED);
    return Promise.all(reading.map(wholeText)).then(function (texts) {
      texts.forEach(function (text, n) {
        var doc = reading[n];
        var lines = phraseWords(text);
        var holds = function (item) {
          return lines.some(function (words) { return holdsPhrase(words, item.tokens); });
        };
        var every = query.groups.every(function (group, g) {
          var found = byGroup[g] && byGroup[g].get(doc);
          if (!found) return true;  // a browse without words
          return found.items.some(function (i) { return !group[i].phrase || holds(group[i]); });
        });
        var none = phraseOuts.every(function (out) { return !out[1].has(doc) || !holds(out[0]); });
        if (every && none) sure.push(doc);
      });
      return {ids: sure, complete: candidates <= MAX_CHECKED, candidates: candidates};
    });
  }

  function orderBy(sort, ids, scores) {
    if (sort === "newest") return Promise.resolve(ids.slice().sort(function (a, b) { return a - b; }));
    if (sort === "oldest") {
      return loadDays().then(function (known) {
        return ids.slice().sort(function (a, b) {
          var undatedA = a >= known.dated, undatedB = b >= known.dated;
          if (undatedA !== undatedB) return undatedA ? 1 : -1;
          return undatedA ? a - b : b - a;
        });
      });
    }
    return Promise.resolve(ids.slice().sort(function (a, b) {
      return ((scores.get(b) || 0) - (scores.get(a) || 0)) || (a - b);
    }));
  }

  // How many of `ids` have each value of each filter, where every other filter holds.
  function filterCounts(state, ids) {
    return Promise.all([loadFacets(), loadDays()].concat(COLUMNS.map(loadColumn))).then(function (all) {
      var facets = all[0], known = all[1], columns = {};
      COLUMNS.forEach(function (f, i) { columns[f] = all[i + 2]; });
      var years = yearsOf(known);
      var chosen = {};
      COLUMNS.forEach(function (f) {
        chosen[f] = (facets[f] || []).findIndex(function (v) { return v[0] === state[f]; }) + 1;
      });
      return Promise.resolve(dayTest({from: state.from, to: state.to, year: ""})).then(function (inDays) {
        var counts = {year: {}};
        COLUMNS.forEach(function (f) { counts[f] = new Array((facets[f] || []).length + 1).fill(0); });
        ids.forEach(function (id) {
          if (inDays && !inDays(id)) return;
          var failing = [];
          COLUMNS.forEach(function (f) { if (state[f] && columns[f][id] !== chosen[f]) failing.push(f); });
          if (state.year && years[id] !== state.year) failing.push("year");
          if (failing.length > 1) return;
          COLUMNS.forEach(function (f) {
            if (!failing.length || failing[0] === f) counts[f][columns[f][id]]++;
          });
          if ((!failing.length || failing[0] === "year") && years[id]) {
            counts.year[years[id]] = (counts.year[years[id]] || 0) + 1;
          }
        });
        var yearsAll = {};
        years.forEach(function (y) { if (y) yearsAll[y] = true; });
        return {facets: facets, counts: counts, years: Object.keys(yearsAll).sort().reverse()};
      });
    });
  }

  // ---- showing results -------------------------------------------------------------------
  var SPLIT = /([\p{L}\p{M}\p{N}\u200c\u200d\u0640'’]+)/u;

  // Which query item a word of a text matches (-1: none): the query's own words, and the other
  // names (in any script) of an entity whose name the query gives.
  function matcher(query, groups) {
    var wanted = [];  // [token, item number, whether a word's beginning is enough]
    var number = 0;
    query.groups.forEach(function (group) {
      group.forEach(function (item) {
        item.tokens.forEach(function (t) { wanted.push([t, number, !item.phrase]); });
        number++;
      });
    });
    // an entity's names: a query word that is one of its one-word names ("Путин") marks its
    // other one-word names ("Putin", "پوتین"); one that is a word of a longer name only, every
    // word of its names
    var own = wanted.slice();
    (groups || []).forEach(function (names) {
      var split = names.map(function (name) { return name.split(" "); });
      var single = split.filter(function (words) { return words.length === 1; }).map(function (w) { return w[0]; });
      own.forEach(function (w) {
        var hit = function (n) { return n === w[0] || (w[2] && w[0].length >= 2 && n.startsWith(w[0])); };
        if (single.some(hit) && single.length > 1) {
          single.forEach(function (n) { wanted.push([n, w[1], false]); });
        } else if (split.some(function (words) { return words.some(hit); })) {
          split.forEach(function (words) { words.forEach(function (n) { wanted.push([n, w[1], false]); }); });
        }
      });
    });
    return function (word) {
      var folded = tokens(word);
      for (var i = 0; i < folded.length; i++) {
        var t = folded[i], tStem = arabicStem(t);
        for (var j = 0; j < wanted.length; j++) {
          var q = wanted[j][0];
          if (t === q || (wanted[j][2] && q.length >= 2 && t.startsWith(q)) || (tStem && tStem === q)
              || (arabicStem(q) && (tStem === arabicStem(q) || t === arabicStem(q)))) return wanted[j][1];
        }
      }
      return -1;
    };
  }

  // Append `text` to `parent`, with matched words in <mark>; if `size` is set, only about that
  // many words, where the most different query words stand close together, with ellipses.
  function highlight(parent, text, isMatch, size) {
    var parts = text.split(SPLIT);
    var start = 0, end = parts.length;
    if (size) {
      var hits = [];
      for (var i = 1; i < parts.length; i += 2) {
        var item = isMatch(parts[i]);
        if (item >= 0) hits.push([i, item]);
      }
      var bestAt = hits.length ? hits[0][0] : 1, bestKinds = 0;
      for (var h = 0; h < hits.length; h++) {
        var kinds = {};
        for (var k = h; k < hits.length && hits[k][0] - hits[h][0] < size * 2; k++) kinds[hits[k][1]] = true;
        var count = Object.keys(kinds).length;
        if (count > bestKinds) { bestKinds = count; bestAt = hits[h][0]; }
      }
      start = Math.max(0, bestAt - Math.floor(size / 3) * 2);
      start -= start % 2;
      end = Math.min(parts.length, start + size * 2);
      if (start > 0) parent.appendChild(document.createTextNode("… "));
    }
    for (var n = start; n < end; n++) {
      if (n % 2 === 1 && isMatch(parts[n]) >= 0) {
        var mark = document.createElement("mark");
        mark.textContent = parts[n];
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(parts[n].replace(/\s+/g, " ")));
      }
    }
    if (size && end < parts.length) parent.appendChild(document.createTextNode(" …"));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultItem(record, excerptText, isMatch, base) {
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
    meta.appendChild(tag);
    var details = [record.k === "event" ? WORDS.event : record.o, record.p,
                   record.k === "article" ? record.v : null].filter(Boolean);
    meta.appendChild(document.createTextNode(" " + details.join(" · ")));
    link.appendChild(meta);
    var excerpt = element("span", "search-result__excerpt");
    excerpt.lang = record.l;
    excerpt.dir = "auto";  // a passage may quote another language (a caption, a source)
    highlight(excerpt, excerptText, isMatch, 36);
    link.appendChild(excerpt);
    return link;
  }

  // A record and the text its excerpt is cut from: the passage of its best match.
  function shown(id, found) {
    return loadRecord(id).then(function (record) {
      var passage = found.passages.get(id) || 0;
      if (found.query.phrases) {
        return wholeText(id).then(function (text) { return [record, text.slice(record.t.length + 1)]; });
      }
      if (!passage || passage > (record.n || 0)) return [record, record.x];
      return loadPassage(record, passage).then(function (text) { return [record, text]; });
    });
  }

  // ---- the search page -------------------------------------------------------------------
  var PARAMS = ["q", "sort", "lang", "outlet", "event", "year", "from", "to"];

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    PARAMS.forEach(function (p) { state[p] = params.get(p) || ""; });
    if (["newest", "oldest"].indexOf(state.sort) < 0) state.sort = "";
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams();
    PARAMS.forEach(function (p) { if (state[p]) params.set(p, state[p]); });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "");
    try { window.history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
  }

  // The filters' options: every value, with how many results of the current query have it
  // (where the other filters hold).
  function fillFilters(root, state, summary) {
    var sets = {lang: [], outlet: [], event: [], year: []};
    COLUMNS.forEach(function (f) {
      (summary.facets[f] || []).forEach(function (value, i) {
        sets[f].push([value[0], value[1], summary.counts ? summary.counts[f][i + 1] : value[2]]);
      });
    });
    summary.years.forEach(function (y) { sets.year.push([y, y, summary.counts ? summary.counts.year[y] || 0 : null]); });
    FACETS.forEach(function (facet) {
      var select = root.querySelector("#filter-" + facet);
      while (select.options.length > 1) select.remove(1);
      sets[facet].forEach(function (value) {
        var option = element("option", null, value[2] === null ? value[1] : value[1] + " (" + value[2] + ")");
        option.value = value[0];
        select.appendChild(option);
      });
      if (state[facet] && !sets[facet].some(function (v) { return v[0] === state[facet]; })) {
        var missing = element("option", null, state[facet]);
        missing.value = state[facet];
        select.appendChild(missing);
      }
      select.value = state[facet];
    });
  }

  function startPage(root) {
    var input = root.querySelector("#search-query");
    var status = root.querySelector("#search-status");
    var list = root.querySelector("#search-results");
    var more = root.querySelector("#search-more");
    var panel = root.querySelector("#search-filters");
    var sortBox = root.querySelector("#search-sort");
    var fromBox = root.querySelector("#filter-from");
    var toBox = root.querySelector("#filter-to");
    var base = root.getAttribute("data-base");
    var state = readState();
    var run = 0, found = null, shownCount = 0, isMatch = null;
    input.value = state.q;
    sortBox.value = state.sort;
    fromBox.value = /^\d{4}-\d{2}-\d{2}$/.test(state.from) ? state.from : "";
    toBox.value = /^\d{4}-\d{2}-\d{2}$/.test(state.to) ? state.to : "";
    var header = document.getElementById("archive-search-header");
    if (header) header.value = state.q;
    var filtered = FACETS.some(function (f) { return state[f]; }) || state.from || state.to;
    if (filtered) panel.open = true;

    function activeFilters() {
      return FACETS.concat(["from", "to"]).filter(function (f) { return state[f]; }).length;
    }

    function showFilterCount() {
      var count = root.querySelector("#search-filters-active");
      var n = activeFilters();
      count.textContent = n ? counted(WORDS.active, n) : "";
    }

    // The filters' options, once they are open: the counts of the current query's results.
    function refreshFilters(current) {
      if (!panel.open) return Promise.resolve();
      var ids = found ? found.base : null;
      var counting = ids ? filterCounts(state, ids) : Promise.all([loadFacets(), loadDays()]).then(function (all) {
        var years = {};
        yearsOf(all[1]).forEach(function (y) { if (y) years[y] = true; });
        return {facets: all[0], counts: null, years: Object.keys(years).sort().reverse()};
      });
      return counting.then(function (summary) {
        if (current === run) fillFilters(root, state, summary);
      });
    }

    function showMore(runId) {
      var slice = found.ids.slice(shownCount, shownCount + RESULTS_PER_PAGE);
      shownCount += slice.length;
      var groups = manifest.names ? load("names", "names.js") : Promise.resolve([]);
      return Promise.all([groups, Promise.all(slice.map(function (id) { return shown(id, found); }))])
        .then(function (both) {
          if (runId !== run) return;
          if (!isMatch) isMatch = matcher(found.query, both[0]);
          both[1].forEach(function (pair) { list.appendChild(resultItem(pair[0], pair[1], isMatch, base)); });
          more.hidden = shownCount >= found.ids.length;
        });
    }

    function describe(result) {
      var text = counted(WORDS.results, result.ids.length);
      if (!result.checked) {
        text += " " + WORDS.checked.replace("%(checked)s", String(MAX_CHECKED))
          .replace("%(total)s", String(result.candidates));
      }
      return text;
    }

    function update() {
      var current = ++run;
      // the state changes with its controls (a filter's options come later than the page)
      state.q = input.value.trim();
      writeState(state);
      showFilterCount();
      var started = performance.now();
      search(state).then(function (result) {
        if (current !== run) return;
        list.textContent = "";
        shownCount = 0;
        isMatch = null;
        found = result;
        refreshFilters(current);
        if (result === null) {
          more.hidden = true;
          status.textContent = WORDS.prompt;
          return;
        }
        status.textContent = describe(result);
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
    FACETS.concat(["from", "to"]).forEach(function (f) {
      var box = root.querySelector("#filter-" + f);
      box.addEventListener("change", function () { state[f] = box.value; update(); });
    });
    sortBox.addEventListener("change", function () { state.sort = sortBox.value; update(); });
    panel.addEventListener("toggle", function () { refreshFilters(run); });
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
    active: {one: "%(num)d chosen", other: "%(num)d chosen"},
    checked: "(phrases looked for in the best %(checked)s of %(total)s pages that have their words)",
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
