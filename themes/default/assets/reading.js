/* Playbook: reading a long page. The page's contents mark the section being read, and each section heading
   gets a link to itself that also copies its address. No dependencies, no network requests. */
(function () {
  "use strict";

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
    initToc();
    initHeadingLinks();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
