/*
 * On a phone the site menu takes several rows. This folds it away behind a "Menu" button, which
 * opens and closes it and says so to screen readers (aria-expanded). Without this script, or on a
 * wider screen, the whole menu is simply shown.
 */
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var nav = document.getElementById("hoofdmenu");
  if (!button || !nav || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia("(max-width: 39.99em)");

  function show(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("closed", !open);
  }

  function fit() {
    button.hidden = !narrow.matches;
    show(!narrow.matches);
  }

  button.addEventListener("click", function () {
    show(button.getAttribute("aria-expanded") !== "true");
  });
  if (narrow.addEventListener) {
    narrow.addEventListener("change", fit);
  }
  fit();
})();
