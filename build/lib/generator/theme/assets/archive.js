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
