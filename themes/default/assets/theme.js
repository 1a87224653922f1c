/* Playbook: the colour scheme. The reader's choice (remembered in localStorage), else the system's; loaded
   without defer in <head> so the page never paints in the other scheme first. No dependencies. */
(function () {
  "use strict";
  var root = document.documentElement;

  // ---- colour scheme: the reader's choice (remembered), else the system's; set before the page paints
  var THEME_KEY = "playbook-theme";
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function storedTheme() {
    try {
      var value = window.localStorage.getItem(THEME_KEY);
      return value === "dark" || value === "light" ? value : null;
    } catch (e) {
      return null; // storage refused (a private window, a file:// page in some browsers): follow the system
    }
  }

  function currentTheme() {
    return storedTheme() || (systemDark && systemDark.matches ? "dark" : "light");
  }

  function applyTheme() {
    root.setAttribute("data-theme", currentTheme());
  }
  applyTheme();

  function initTheme() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    var label = button.querySelector(".theme-toggle__label");
    function show() {
      var dark = currentTheme() === "dark";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      if (label) {
        label.textContent = "Dark mode";
      }
      button.title = dark ? "Dark mode is on: switch to light" : "Dark mode is off: switch to dark";
    }
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      try {
        window.localStorage.setItem(THEME_KEY, next);
      } catch (e) {
        root.setAttribute("data-theme", next); // not remembered, but this page follows the click
        button.setAttribute("aria-pressed", next === "dark" ? "true" : "false");
        return;
      }
      applyTheme();
      show();
    });
    if (systemDark && systemDark.addEventListener) {
      systemDark.addEventListener("change", function () {
        applyTheme();
        show();
      });
    }
    show();
    button.hidden = false;
  }


  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initTheme);
  } else {
    initTheme();
  }
})();
