/* Quick exit ("Rychle odejít"): the button or the Esc key replaces this page with a neutral
   site. location.replace() swaps the current history entry, so Back does not return here.
   Self-contained and dependency-free: partners copy it (docs/quick-exit.md). */
(function () {
  "use strict";
  if (window.__kbQuickExit) return;
  window.__kbQuickExit = true;

  function target() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.getAttribute("data-quick-exit") || link.href : null;
  }

  function leave(url) {
    // Hide the page at once: the neutral site may take a moment to load.
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    leave(link.getAttribute("data-quick-exit") || link.href);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var url = target();
    if (!url) return;
    event.preventDefault();
    leave(url);
  });
})();
