/* The reader's light or dark choice, applied before the page is shown.
 *
 * Material's bundle keeps the choice in localStorage ("__palette") when the reader presses the
 * toggle. This file runs right after the toggle in the header, while the page is parsed, so a
 * page never flashes in the other palette. A saved choice of "follow the system" takes the
 * palette whose media query matches now. */
(function () {
  var saved = window.__md_get && __md_get("__palette");
  if (!saved || !saved.color) return;
  var color = saved.color;
  if (color.media === "(prefers-color-scheme)") {
    var light = window.matchMedia("(prefers-color-scheme: light)").matches;
    var input = document.querySelector("[data-md-color-media='(prefers-color-scheme: "
                                       + (light ? "light" : "dark") + ")']");
    if (input) {
      ["media", "scheme", "primary", "accent"].forEach(function (key) {
        color[key] = input.getAttribute("data-md-color-" + key);
      });
    }
  }
  Object.keys(color).forEach(function (key) {
    document.body.setAttribute("data-md-color-" + key, color[key]);
  });
})();
