/*
 * Playbook live preview. `playbook serve` adds this script to the pages it serves, never to a built site,
 * and tells it of rebuilds over Server-Sent Events on the same port (/_playbook/events):
 *  - a rebuild that changed this page, or a file it uses, reloads it and keeps its scroll position;
 *  - a rebuild that changed stylesheets only swaps them in place, without a reload;
 *  - a build with problems shows them over the page (file:line:col, rule, message, hint and the source
 *    lines around each), while the last good site stays served; the next clean build removes them.
 * Problem text is the author's content: it is only ever set as text, never parsed as HTML.
 * No dependencies, no build step.
 */
(function () {
  "use strict";
  if (window.PlaybookLive || !window.EventSource) {
    return;
  }

  var script = document.currentScript;
  var scriptUrl = script ? script.src : location.origin + "/_playbook/live.js";
  // the site's version this page was served at; a stream that opens on another one means a missed rebuild
  var version = script ? script.getAttribute("data-version") : null;
  var SCROLL_KEY = "playbook-live-scroll:" + location.pathname + location.search;

  // ------------------------------------------------------------------ reload, keeping the scroll position

  function reload() {
    var restoration = "scrollRestoration" in history ? history.scrollRestoration : null;
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ x: window.scrollX, y: window.scrollY, restoration: restoration }));
    } catch (e) {
      // storage is off: the page reloads where the browser puts it
      restoration = null;
    }
    if (restoration) {
      history.scrollRestoration = "manual"; // restored below once the new content is laid out, not guessed by the browser
    }
    location.reload();
  }

  function restoreScroll() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || "null");
      sessionStorage.removeItem(SCROLL_KEY);
    } catch (e) {
      saved = null;
    }
    function restore() {
      if (saved) {
        window.scrollTo(saved.x, saved.y);
      }
    }
    function done() {
      restore(); // again: images and fonts may have changed the height
      if (saved && saved.restoration) {
        history.scrollRestoration = saved.restoration; // as the page had it
      }
    }
    restore();
    if (document.readyState === "complete") {
      done();
    } else {
      window.addEventListener("load", done, { once: true });
    }
  }

  // ------------------------------------------------------------------ what a rebuild means for this page

  /** A URL of this server as a site path: "team/roles.html"; a folder is its index.html. */
  function sitePath(url) {
    var path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch (e) {
      // not UTF-8: compare it as written
    }
    path = path.replace(/^\//, "");
    return path === "" || path.charAt(path.length - 1) === "/" ? path + "index.html" : path;
  }

  /** This page and every file of this server it loaded: stylesheets, scripts, images, frames. */
  function usedPaths() {
    var used = [sitePath(location)];
    var elements = document.querySelectorAll("[src], link[href]");
    for (var i = 0; i < elements.length; i++) {
      var value = elements[i].getAttribute(elements[i].tagName === "LINK" ? "href" : "src");
      try {
        var url = new URL(value, document.baseURI);
        if (url.origin === location.origin) {
          used.push(sitePath(url));
        }
      } catch (e) {
        // not a URL: nothing this server serves
      }
    }
    return used;
  }

  function concernsThisPage(paths) {
    if (!paths.length) {
      return true; // the server cannot say what changed
    }
    var used = usedPaths();
    return paths.some(function (path) { return used.indexOf(path) >= 0; });
  }

  /** Swaps this server's stylesheets that changed (all, when none of them is named) for fresh copies. */
  function swapStylesheets(paths) {
    var links = Array.prototype.filter.call(
      document.querySelectorAll('link[rel~="stylesheet"][href]:not([data-playbook-live-old])'),
      function (link) { return new URL(link.href).origin === location.origin; });
    var named = links.filter(function (link) { return paths.indexOf(sitePath(new URL(link.href))) >= 0; });
    (named.length ? named : links).forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("playbook-live", String(Date.now())); // past the browser's cache
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      link.setAttribute("data-playbook-live-old", "");
      // the old sheet goes once the new one applies, so the page never shows unstyled
      function retire() {
        if (link.parentNode) {
          link.parentNode.removeChild(link);
        }
      }
      fresh.addEventListener("load", retire);
      fresh.addEventListener("error", retire);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  // ------------------------------------------------------------------ the problems overlay

  var STYLE = [
    ":host { all: initial; position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; display: block; }",
    ".panel { box-sizing: border-box; max-height: 85vh; overflow: auto; padding: 1rem 1.25rem 1.25rem; background: #1b1f27;",
    "  color: #f3f4f6; border-bottom: 4px solid #e5484d; box-shadow: 0 6px 28px rgba(0, 0, 0, .4);",
    "  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }",
    ".panel:focus { outline: none; }",
    ".header { display: flex; align-items: flex-start; gap: 1rem; }",
    ".title { flex: 1; margin: 0; font-size: 1.15rem; line-height: 1.3; color: #ffc4c4; }",
    ".close { font: inherit; font-size: 1.3rem; line-height: 1; color: inherit; background: transparent; cursor: pointer;",
    "  border: 1px solid #6b7280; border-radius: 4px; padding: .15rem .55rem; }",
    ".close:hover { background: #2d3340; }",
    ".close:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }",
    ".note { margin: .3rem 0 .8rem; color: #c9ced6; }",
    "ol { list-style: none; margin: 0; padding: 0; }",
    ".problem { border-top: 1px solid #343a46; padding: .8rem 0 .4rem; }",
    ".where { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; font-size: 14px; }",
    ".location { color: #9ecbff; font-weight: 600; overflow-wrap: anywhere; }",
    ".severity { font-size: 12px; font-weight: 700; text-transform: uppercase; padding: .05rem .4rem; border-radius: 3px;",
    "  background: #e5484d; color: #fff; }",
    ".warning .severity { background: #b85c00; }",
    ".rule { color: #c9ced6; }",
    ".message { margin: .3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }",
    ".hint { margin: .3rem 0; color: #b8e0c2; white-space: pre-wrap; overflow-wrap: anywhere; }",
    ".excerpt { margin: .5rem 0 0; padding: .6rem .8rem; background: #0f1217; border-radius: 4px; overflow-x: auto; color: #b9c0cb;",
    "  font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; white-space: pre; }",
    ".excerpt:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }",
    ".excerpt .current { color: #fff; font-weight: 600; }",
    ".excerpt .marker { color: #ff7b7b; font-weight: 700; }"
  ].join("\n");

  var overlay = null;   // the overlay's host element while it is shown
  var dismissed = null; // the problems the reader closed: the same list stays closed

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function problemItem(problem) {
    var item = element("li", "problem " + (problem.severity === "warning" ? "warning" : "error"));
    var where = element("p", "where");
    where.appendChild(element("span", "location", problem.location));
    where.appendChild(document.createTextNode(" "));
    where.appendChild(element("span", "severity", problem.severity));
    where.appendChild(document.createTextNode(" "));
    where.appendChild(element("span", "rule", "[" + problem.rule + "]"));
    item.appendChild(where);
    item.appendChild(element("p", "message", problem.message));
    if (problem.hint) {
      item.appendChild(element("p", "hint", "hint: " + problem.hint));
    }
    if (problem.excerpt && problem.excerpt.length) {
      var pre = element("pre", "excerpt");
      pre.tabIndex = 0; // scrollable sideways with the keyboard
      pre.setAttribute("aria-label", "source at " + problem.location);
      var afterCurrent = false;
      problem.excerpt.forEach(function (line) {
        var current = line.indexOf("> ") === 0;
        pre.appendChild(element("span", current ? "current" : afterCurrent ? "marker" : "line", line + "\n"));
        afterCurrent = current;
      });
      item.appendChild(pre);
    }
    return item;
  }

  function buildOverlay(problems) {
    var errors = problems.filter(function (problem) { return problem.severity !== "warning"; }).length;
    var host = document.createElement("playbook-live-overlay");
    // a shadow root keeps the page's styles out of the overlay, and the overlay's out of the page
    var root = host.attachShadow({ mode: "open" });
    root.appendChild(element("style", null, STYLE));

    var panel = element("section", "panel");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "false");
    panel.setAttribute("aria-labelledby", "playbook-live-title");
    panel.tabIndex = -1;

    var header = element("div", "header");
    header.setAttribute("role", "alert"); // read out as it appears; the title stays a heading
    var title = element("h2", "title", errors
      ? "The playbook has " + plural(problems.length, "problem") + ": the site was not rebuilt"
      : "The playbook has " + plural(problems.length, "warning"));
    title.id = "playbook-live-title";
    header.appendChild(title);
    var close = element("button", "close", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "Close the list of problems");
    close.addEventListener("click", function () { dismiss(problems); });
    header.appendChild(close);
    panel.appendChild(header);

    panel.appendChild(element("p", "note", errors
      ? "This page is the last good build. Fix the files and this list goes by itself."
      : "Fix the files and this list goes by itself."));
    var list = element("ol", "problems");
    problems.forEach(function (problem) { list.appendChild(problemItem(problem)); });
    panel.appendChild(list);
    root.appendChild(panel);
    return host;
  }

  function removeOverlay() {
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
    }
    overlay = null;
  }

  function dismiss(problems) {
    dismissed = JSON.stringify(problems);
    removeOverlay();
  }

  function showProblems(problems) {
    if (!problems.length) {
      dismissed = null;
      removeOverlay();
      return;
    }
    if (JSON.stringify(problems) === dismissed) {
      return;
    }
    removeOverlay();
    overlay = buildOverlay(problems);
    (document.body || document.documentElement).appendChild(overlay);
  }

  document.addEventListener("keydown", function (event) {
    if (overlay && event.key === "Escape") {
      dismiss(overlayProblems);
    }
  });

  // ------------------------------------------------------------------ the event stream

  var overlayProblems = [];
  var source = null;
  var connected = false; // the stream has sent the state: from now on this page hears of every rebuild

  function connect() {
    source = new EventSource(new URL("events", scriptUrl).href);
    source.addEventListener("state", function (event) {
      var state = JSON.parse(event.data);
      connected = true;
      if (version && state.version !== version) {
        reload(); // rebuilt between serving this page and opening the stream, or a new server run
        return;
      }
      overlayProblems = state.problems;
      showProblems(state.problems);
    });
    source.addEventListener("reload", function (event) {
      var change = JSON.parse(event.data);
      if (change.stylesOnly) {
        swapStylesheets(change.paths);
        version = change.version;
      } else if (concernsThisPage(change.paths)) {
        reload();
      } else {
        version = change.version;
      }
    });
    source.addEventListener("error", function () {
      connected = false; // the browser tries again by itself; the next state says what was missed
    });
    source.addEventListener("problems", function (event) {
      overlayProblems = JSON.parse(event.data).problems;
      showProblems(overlayProblems);
    });
  }

  // a page kept in the back/forward cache gets a new stream when it comes back
  window.addEventListener("pagehide", function () {
    if (source) {
      source.close();
      connected = false;
    }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      connect();
    }
  });

  window.PlaybookLive = {
    version: function () { return version; },
    connected: function () { return connected; }
  };
  restoreScroll();
  connect();
})();
