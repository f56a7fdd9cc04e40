/* Fill a citation's address and date of access with this page's and today's. */
(function () {
  "use strict";
  function fill() {
    var address = window.location.href.split("#")[0].split("?")[0];
    var today = new Date().toISOString().slice(0, 10);
    document.querySelectorAll(".cite-address").forEach(function (node) { node.textContent = address; });
    document.querySelectorAll(".cite-accessed").forEach(function (node) { node.textContent = today; });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
})();

/* Table of contents: an entry for a heading in another language and direction (an article's
   title inside its own block) carries that language and direction too, so that screen
   readers pronounce it and right-to-left titles read right to left. */
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".md-nav--secondary a.md-nav__link[href^='#']").forEach(function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      var block = heading && heading.closest("[lang]");
      if (!block || block === document.documentElement) return;
      link.setAttribute("lang", block.getAttribute("lang"));
      if (block.getAttribute("dir")) link.setAttribute("dir", block.getAttribute("dir"));
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mark);
  else mark();
})();

/* Tables on a phone: each cell is labelled with its column's name (archive.css stacks the
   rows into cards on narrow screens). */
(function () {
  "use strict";
  function label() {
    document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
      var names = Array.prototype.map.call(table.querySelectorAll("thead th"),
                                           function (th) { return th.textContent.trim(); });
      if (!names.length) return;
      table.classList.add("archive-stacked");
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (names[index]) cell.setAttribute("data-label", names[index]);
        });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", label);
  else label();
})();

/* A capture page's source: the capture, as text, is a gzip file beside the page; opening
   its box loads it and shows it as text (textContent: never markup). */
(function () {
  "use strict";
  function isGzip(bytes) { return bytes.length > 1 && bytes[0] === 0x1f && bytes[1] === 0x8b; }
  async function text(response) {
    var bytes = new Uint8Array(await response.arrayBuffer());
    if (!isGzip(bytes)) return new TextDecoder("utf-8").decode(bytes);  // a server unpacked it
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }
  document.addEventListener("toggle", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("details.raw-source") || !box.open || box.dataset.loaded) return;
    box.dataset.loaded = "yes";
    var pre = box.querySelector("pre");
    var link = document.querySelector("a.raw-source-link");
    if (!pre || !link) return;
    fetch(link.href).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return text(response);
    }).then(function (source) { pre.textContent = source; })
      .catch(function () { pre.textContent = pre.getAttribute("data-failed"); });
  }, true);
})();
