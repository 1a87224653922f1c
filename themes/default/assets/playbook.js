/* Playbook: navigation. The mobile menu, folding navigation groups and the version switcher.
   No dependencies, no network requests but versions.json. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

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

    // data-page is the page's URL (percent-encoded); pages.json lists paths, as the files are named
    var path = page;
    try {
      path = decodeURIComponent(page);
    } catch (e) {
      // not a URL this generator wrote: looked up as it is
    }

    function pageIn(folder) {
      return fetch(root + folder + "pages.json")
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (pages) { return root + folder + (pages.indexOf(path) >= 0 ? page : "index.html"); })
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

  function start() {
    init();
    initNavGroups();
    initVersions();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
