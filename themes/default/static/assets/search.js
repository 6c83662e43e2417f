/* Gongkai search page: answers queries in the browser from the index the build wrote under
   search/ (see org.gongkai.search.SearchIndex), with no request to any other host.

   Hand-written rather than a vendored library: MiniSearch, FlexSearch and Lunr build one whole
   index in the browser (or load it whole), while this index is written by the Java build and
   sharded by term, so that a query on a 10,000-page site fetches a few files of about 32 KB; and
   Pagefind's index format belongs to its own indexer. Queries are split into terms exactly as
   org.gongkai.search.Terms splits pages: change both together.

   Plain ES5 with Promise and fetch, so that old phones parse it; where those are missing the page
   keeps its message that search needs JavaScript. Also loads under Node (module.exports) so that
   the same code can be timed against a built index. */
(function () {
  'use strict';

  var MAX_WORD = 32;
  var PAGE = 10;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = {};
  for (var v = 0; v < DIGITS.length; v++) {
    VALUE[DIGITS.charAt(v)] = v;
  }
  var HAN = unicodeClass('\\p{Script=Han}', '[\\u3400-\\u9fff\\uf900-\\ufaff]');
  var WORD = unicodeClass('[\\p{L}\\p{Nd}]', '[0-9A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff]');

  /* Unicode property classes where the engine has them, else the common ranges. */
  function unicodeClass(pattern, fallback) {
    try {
      return new RegExp('^' + pattern + '$', 'u');
    } catch (e) {
      return new RegExp('^' + fallback + '$');
    }
  }

  /* A query as its pieces: runs of Han characters, and words of letters or digits. */
  function pieces(query) {
    var chars = Array.from(query.normalize('NFKC').toLowerCase());
    var out = [];
    var run = '';
    var word = '';
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      var han = HAN.test(c);
      if (!han && run) {
        out.push({ text: run, han: true });
        run = '';
      }
      if ((han || !WORD.test(c)) && word) {
        out.push({ text: word, han: false });
        word = '';
      }
      if (han) {
        run += c;
      } else if (WORD.test(c)) {
        word += c;
      }
    }
    if (run) {
      out.push({ text: run, han: true });
    }
    if (word) {
      out.push({ text: word, han: false });
    }
    return out;
  }

  /* A query as terms: each Han run's pairs of neighbours (a run of one character, that
     character), and words of two or more letters or digits, each a prefix, so that "provid"
     finds "provident". */
  function tokens(query) {
    var out = [];
    var seen = {};
    function add(term, prefix) {
      var id = (prefix ? '*' : '=') + term;
      if (!seen[id]) {
        seen[id] = true;
        out.push({ term: term, prefix: prefix });
      }
    }
    pieces(query).forEach(function (p) {
      var cps = Array.from(p.text);
      if (p.han && cps.length === 1) {
        add(cps[0], false);
      } else if (p.han) {
        for (var i = 0; i + 1 < cps.length; i++) {
          add(cps[i] + cps[i + 1], false);
        }
      } else if (cps.length >= 2) {
        add(cps.slice(0, MAX_WORD).join(''), true);
      }
    });
    return out;
  }

  /* What to mark in a snippet: the query's pieces, longest first. */
  function needles(query) {
    return pieces(query).map(function (p) { return p.text; })
      .sort(function (a, b) { return b.length - a.length; });
  }

  /* The part of a term that picks its shard (see Terms.key). */
  function key(term) {
    var cps = Array.from(term);
    return HAN.test(cps[0]) || cps.length < 2 ? term : cps[0] + cps[1];
  }

  /* FNV-1a over the UTF-16 units of the term's key, as Terms.shard computes it. */
  function shard(term, shards) {
    var k = key(term);
    var h = 0x811c9dc5;
    for (var i = 0; i < k.length; i++) {
      h ^= k.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  /* Document numbers from their gaps or their bit set (see org.gongkai.search.Vlq). */
  function decode(s) {
    var out = [];
    if (s.charAt(0) === '~') {
      for (var k = 1; k < s.length; k++) {
        var bits = VALUE[s.charAt(k)];
        for (var b = 0; b < 6; b++) {
          if (bits & (1 << b)) {
            out.push((k - 1) * 6 + b);
          }
        }
      }
      return out;
    }
    var previous = -1;
    var gap = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var d = VALUE[s.charAt(i)];
      gap += (d & 31) * Math.pow(2, shift);
      if (d & 32) {
        shift += 5;
      } else {
        previous += gap + 1;
        out.push(previous);
        gap = 0;
        shift = 0;
      }
    }
    return out;
  }

  /* The index under `base`, read through `load(url)`, which resolves to parsed JSON. */
  function Engine(base, load) {
    this.base = base;
    this.load = load;
    this.meta = null;
    this.shards = {};
  }

  Engine.prototype.ready = function () {
    if (!this.meta) {
      this.meta = this.load(this.base + 'meta.json');
    }
    return this.meta;
  };

  Engine.prototype.shard = function (meta, n) {
    if (!this.shards[n]) {
      this.shards[n] = this.load(this.base + 's/' + n + '.json?v=' + meta.tag);
    }
    return this.shards[n];
  };

  Engine.prototype.fragment = function (id) {
    var self = this;
    return this.ready().then(function (meta) {
      return self.load(self.base + 'd/' + Math.floor(id / 1000) + '/' + id + '.json?v=' + meta.tag);
    });
  };

  /* Resolves to {results: [ids, best first], partial: true when no page has every term,
     terms: how many terms the query had}. */
  Engine.prototype.search = function (query) {
    var self = this;
    var toks = tokens(query);
    if (toks.length === 0) {
      return Promise.resolve({ results: [], partial: false, terms: 0 });
    }
    return this.ready().then(function (meta) {
      return Promise.all(toks.map(function (t) {
        return self.shard(meta, shard(t.term, meta.shards));
      })).then(function (shards) {
        return rank(toks.map(function (t, i) { return matches(t, shards[i]); }));
      });
    });
  };

  /* The documents of one query term: id -> 3 where the term is in the page's names and keys,
     1 where it is in its text only. */
  function matches(tok, shardData) {
    var found = {};
    function take(entry) {
      var all = decode(entry[0]);
      for (var i = 0; i < all.length; i++) {
        if (!found[all[i]]) {
          found[all[i]] = 1;
        }
      }
      var keys = decode(entry[1]);
      for (var j = 0; j < keys.length; j++) {
        found[keys[j]] = 3;
      }
    }
    if (!tok.prefix) {
      if (Object.prototype.hasOwnProperty.call(shardData, tok.term)) {
        take(shardData[tok.term]);
      }
      return found;
    }
    for (var term in shardData) {
      if (Object.prototype.hasOwnProperty.call(shardData, term) && term.lastIndexOf(tok.term, 0) === 0) {
        take(shardData[term]);
      }
    }
    return found;
  }

  /* Pages with every term, by score then number; failing that, pages with most terms. */
  function rank(sets) {
    var score = {};
    var count = {};
    sets.forEach(function (set) {
      for (var id in set) {
        if (Object.prototype.hasOwnProperty.call(set, id)) {
          score[id] = (score[id] || 0) + set[id];
          count[id] = (count[id] || 0) + 1;
        }
      }
    });
    var ids = Object.keys(score);
    var full = ids.filter(function (id) { return count[id] === sets.length; });
    var partial = full.length === 0 && ids.length > 0;
    var chosen = partial ? ids : full;
    chosen.sort(function (a, b) {
      return (count[b] - count[a]) || (score[b] - score[a]) || (a - b);
    });
    return { results: chosen.map(Number), partial: partial, terms: sets.length };
  }

  /* The text around the first place where the query occurs: in the running text, else in the
     page's line items, else the text's beginning. Returns [before, match, after] pieces. */
  function snippet(fragment, query) {
    var list = needles(query);
    var sources = [fragment.text || '', fragment.keys || ''];
    for (var s = 0; s < sources.length; s++) {
      var text = sources[s];
      var lower = text.toLowerCase();
      if (lower.length !== text.length) {
        text = lower;
      }
      for (var n = 0; n < list.length; n++) {
        var at = find(lower, list[n], 0);
        if (at >= 0) {
          return cut(text, at, list[n].length, list);
        }
      }
    }
    return cut(sources[0], 0, 0, []);
  }

  /* Where a needle occurs from `from`; a word only where it starts a word (so 201 is not found
     inside 2210201), as the index matches words by prefix. */
  function find(text, needle, from) {
    var at = text.indexOf(needle, from);
    if (HAN.test(Array.from(needle)[0])) {
      return at;
    }
    while (at > 0 && WORD.test(text.charAt(at - 1))) {
      at = text.indexOf(needle, at + 1);
    }
    return at;
  }

  function cut(text, at, length, list) {
    var start = Math.max(0, at - 30);
    var end = Math.min(text.length, at + length + 70);
    var piece = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
    return marks(piece, list);
  }

  /* The piece split into plain and marked parts, wherever one of the needles occurs. */
  function marks(piece, list) {
    var out = [];
    var lower = piece.toLowerCase();
    var i = 0;
    var plainFrom = 0;
    while (i < piece.length && list.length > 0 && lower.length === piece.length) {
      var hit = null;
      for (var n = 0; n < list.length; n++) {
        if (list[n].length > 0 && find(lower, list[n], i) === i) {
          hit = list[n];
          break;
        }
      }
      if (hit) {
        if (i > plainFrom) {
          out.push({ text: piece.slice(plainFrom, i), mark: false });
        }
        out.push({ text: piece.slice(i, i + hit.length), mark: true });
        i += hit.length;
        plainFrom = i;
      } else {
        i++;
      }
    }
    if (plainFrom < piece.length) {
      out.push({ text: piece.slice(plainFrom), mark: false });
    }
    return out;
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { Engine: Engine, tokens: tokens, shard: shard, decode: decode, snippet: snippet };
  }

  if (typeof document === 'undefined') {
    return;
  }
  var box = document.getElementById('search');
  var nojs = document.getElementById('search-nojs');
  var form = document.querySelector('form.search-form');
  if (!box || !form || !window.fetch || !window.Promise || !Array.from || !String.prototype.normalize || !Math.imul) {
    return;
  }
  var input = form.querySelector('input[name=q]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var engine = new Engine(box.getAttribute('data-index'), function (url) {
    return fetch(url).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.json();
    });
  });
  var generation = 0;
  var timer = null;
  nojs.hidden = true;
  // The index's description is tiny: fetch it now, so that the first query waits only for shards.
  engine.ready().catch(function () {});

  function message(name, arg) {
    return box.getAttribute('data-' + name).split('{0}').join(arg === undefined ? '' : String(arg));
  }

  function run(query, push) {
    var mine = ++generation;
    var trimmed = query.trim();
    if (push) {
      var url = location.pathname + (trimmed ? '?q=' + encodeURIComponent(trimmed) : '');
      history.replaceState(null, '', url);
    }
    list.textContent = '';
    var more = box.querySelector('.search-more');
    if (more) {
      more.parentNode.removeChild(more);
    }
    box.setAttribute('aria-busy', 'false');
    if (!trimmed) {
      status.textContent = '';
      return;
    }
    if (tokens(trimmed).length === 0) {
      status.textContent = message('short');
      return;
    }
    status.textContent = message('loading');
    box.setAttribute('aria-busy', 'true');
    engine.search(trimmed).then(function (found) {
      if (mine !== generation) {
        return null;
      }
      if (found.results.length === 0) {
        status.textContent = message('none', trimmed);
        return null;
      }
      status.textContent = message(found.partial ? 'partial' : 'results', found.results.length);
      return show(found.results, 0, trimmed, mine);
    }).catch(function () {
      if (mine === generation) {
        status.textContent = message('error');
      }
    }).then(function () {
      if (mine === generation) {
        box.setAttribute('aria-busy', 'false');
      }
    });
  }

  /* Fetches the fragments of the next page of results and adds them to the list. */
  function show(ids, from, query, mine) {
    var slice = ids.slice(from, from + PAGE);
    return Promise.all(slice.map(function (id) { return engine.fragment(id); })).then(function (fragments) {
      if (mine !== generation) {
        return;
      }
      var old = box.querySelector('.search-more');
      if (old) {
        old.parentNode.removeChild(old);
      }
      fragments.forEach(function (f) {
        list.appendChild(item(f, query));
      });
      if (from + PAGE < ids.length) {
        var more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        more.textContent = message('more');
        more.addEventListener('click', function () {
          var next = list.children.length;
          show(ids, from + PAGE, query, mine).then(function () {
            var link = list.children[next] && list.children[next].querySelector('a');
            if (link) {
              link.focus();
            }
          });
        });
        box.appendChild(more);
      }
    }).catch(function () {
      if (mine === generation) {
        status.textContent = message('error');
      }
    });
  }

  function item(f, query) {
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = f.url;
    a.textContent = f.title;
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [f.department === f.title ? '' : f.department, f.year, f.kind]
      .filter(function (x) { return x; }).join(' · ');
    li.appendChild(meta);
    var p = document.createElement('p');
    p.className = 'result-snippet';
    snippet(f, query).forEach(function (part) {
      var node = part.mark ? document.createElement('mark') : document.createTextNode(part.text);
      if (part.mark) {
        node.textContent = part.text;
      }
      p.appendChild(node);
    });
    li.appendChild(p);
    return li;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value, true);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value, true); }, 250);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial, false);
  }
})();
