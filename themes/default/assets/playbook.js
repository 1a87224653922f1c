/* Playbook: the page's chrome. Colour scheme, mobile navigation, folding navigation groups, the in-page contents,
   heading links and the version switcher. No dependencies, no network requests but versions.json. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

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

  function init() {
    var button = document.querySelector(".nav-toggle");
    var nav = document.getElementById("site-nav");
    if (!button || !nav) {
      return;
    }
    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // Version switcher: versions.json lists every published version, so pages of an old version
  // learn of newer ones. Switching keeps the reader on the same page where the target version has it.
  function initVersions() {
    var box = document.querySelector(".version-switcher");
    if (!box || !window.fetch) {
      return;
    }
    var current = box.getAttribute("data-version");
    var page = box.getAttribute("data-page");
    var root = box.getAttribute("data-versions-root");
    var select = box.querySelector("select");
    var banner = document.querySelector(".version-banner");

    function pageIn(folder) {
      return fetch(root + folder + "pages.json")
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (pages) { return root + folder + (pages.indexOf(page) >= 0 ? page : "index.html"); })
        .catch(function () { return root + folder + "index.html"; });
    }

    fetch(root + "versions.json")
      .then(function (response) { return response.json(); })
      .then(function (data) {
        select.innerHTML = "";
        data.versions.forEach(function (version) {
          var option = document.createElement("option");
          option.value = version.path;
          option.textContent = version.name + (version.aliases.indexOf("latest") >= 0 ? " (latest)" : version.draft ? " (draft)" : "");
          option.selected = version.name === current;
          select.appendChild(option);
        });
        select.addEventListener("change", function () {
          pageIn(select.value).then(function (url) { window.location.href = url; });
        });
        if (banner && banner.hidden && data.latest && data.latest !== current) {
          pageIn("latest/").then(function (url) {
            banner.textContent = "You are reading version " + current + ", which is outdated. ";
            var link = document.createElement("a");
            link.href = url;
            link.textContent = "See this page in the latest version (" + data.latest + ")";
            banner.appendChild(link);
            banner.hidden = false;
          });
        }
      })
      .catch(function () {
        // opened from the file system or without versions.json: the current version stays the only option
      });
  }

  // ---- navigation groups: each playbook's pages fold away; the reader's own playbook starts open
  function initNavGroups() {
    var groups = document.querySelectorAll(".nav-section[data-nav-group]");
    var anyCurrent = document.querySelector(".nav-section.is-current") !== null;
    Array.prototype.forEach.call(groups, function (group) {
      var body = group.querySelector(".nav-section__body");
      var title = group.querySelector(".nav-section__title");
      if (!body || !title) {
        return;
      }
      var name = title.textContent.trim();
      var button = document.createElement("button");
      button.type = "button";
      button.className = "nav-group-toggle";
      button.setAttribute("aria-controls", body.id);
      button.setAttribute("aria-label", name + ": show or hide its pages");
      function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        body.hidden = !open;
      }
      button.addEventListener("click", function () {
        setOpen(body.hidden);
      });
      setOpen(!anyCurrent || group.classList.contains("is-current"));
      title.appendChild(button);
    });
  }

  // ---- in-page contents: open beside the content on a wide screen, folded above it on a phone; the section
  // being read is marked as the page scrolls
  function initToc() {
    var folds = document.querySelectorAll("details[data-open-wide]");
    var wide = window.matchMedia ? window.matchMedia("(min-width: 1101px)") : null;
    Array.prototype.forEach.call(folds, function (fold) {
      if (!wide || wide.matches) {
        fold.open = true;
      }
    });
    var links = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
    var entries = links.map(function (link) {
      return { link: link, target: document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1))) };
    }).filter(function (entry) { return entry.target; });
    if (!entries.length) {
      return;
    }
    var current = null;
    var pending = false;
    function mark() {
      pending = false;
      var header = document.querySelector(".site-header");
      var offset = (header && getComputedStyle(header).position === "sticky" ? header.offsetHeight : 0) + 96;
      var reading = entries[0];
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].target.getBoundingClientRect().top <= offset) {
          reading = entries[i];
        }
      }
      if (reading !== current) {
        if (current) {
          current.link.removeAttribute("aria-current");
        }
        reading.link.setAttribute("aria-current", "location");
        current = reading;
      }
    }
    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(mark);
      }
    }, { passive: true });
    mark();
  }

  // ---- heading links: each section heading gets a link to itself; following it also copies its address
  function initHeadingLinks() {
    var status = document.createElement("div");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    document.body.appendChild(status);
    var clear = null;
    var headings = document.querySelectorAll("main h2, main h3, main h4");
    Array.prototype.forEach.call(headings, function (heading) {
      if (heading.closest(".toc, .page-header, nav, .visually-hidden, summary") || heading.classList.contains("visually-hidden")) {
        return;
      }
      // a section's heading stands for the section: its id is the one the contents and other pages link to
      var section = heading.parentElement && heading.parentElement.closest("[id]");
      var id = heading.id;
      if (section && section.tagName !== "MAIN" && heading.id === section.id + "-title") {
        id = section.id;
      } else if (!id) {
        return;
      }
      var link = document.createElement("a");
      link.className = "heading-anchor";
      link.href = "#" + encodeURIComponent(id);
      link.textContent = "#";
      link.setAttribute("aria-label", "Copy link to " + heading.textContent.trim());
      link.addEventListener("click", function () {
        var address = window.location.href.split("#")[0] + "#" + encodeURIComponent(id);
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(address).then(function () {
            status.textContent = "Link copied";
            window.clearTimeout(clear);
            clear = window.setTimeout(function () { status.textContent = ""; }, 2000);
          }, function () { /* not allowed: following the link still puts the address in the address bar */ });
        }
      });
      heading.appendChild(link);
    });
  }

  function start() {
    initTheme();
    init();
    initNavGroups();
    initToc();
    initHeadingLinks();
    initVersions();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
