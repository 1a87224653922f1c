/*
 * The reader's role ("I am a ..."), remembered in this browser's local storage and sent nowhere. The home page's
 * chooser sets it (each choice is a plain link to the role's page, so the chooser works without this script); the
 * search page filters by it when its URL names no role, so a search starts from what this reader does. Loaded
 * without defer at the end of those two pages, so it runs before search.js reads the search page's URL.
 */
(function () {
  var KEY = "playbook.role";

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) || "";
    } catch (e) {
      return ""; // storage refused (private mode, a file:// policy): the site works, it only forgets
    }
  }

  function remember(id) {
    try {
      window.localStorage.setItem(KEY, id);
    } catch (e) {
      // as above
    }
  }

  function initChooser(chooser) {
    chooser.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-role]");
      if (link) {
        remember(link.getAttribute("data-role"));
      }
    });
    var mine = remembered();
    var links = chooser.querySelectorAll("a[data-role]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("data-role") === mine) {
        links[i].classList.add("is-mine");
        links[i].setAttribute("aria-current", "true");
        var note = chooser.querySelector(".role-chooser__mine");
        if (note) {
          var again = links[i].cloneNode(true);
          again.removeAttribute("aria-current");
          note.textContent = "Last time you chose ";
          note.appendChild(again);
          note.appendChild(document.createTextNode("."));
          note.hidden = false;
        }
      }
    }
  }

  /**
   * The search page's role filter defaults to the remembered role, when this playbook has it; a URL that names a
   * role (or role=) keeps its own.
   */
  function defaultSearchRole(form) {
    var params = new URLSearchParams(window.location.search);
    var mine = remembered();
    if (!mine || params.has("role")) {
      return;
    }
    // a role this playbook (or this version of it) does not have would filter out every result
    var known = (form.getAttribute("data-roles") || "").split(" ");
    if (known.indexOf(mine) < 0) {
      return;
    }
    params.append("role", mine);
    window.history.replaceState(window.history.state, "", window.location.pathname + "?" + params.toString() + window.location.hash);
  }

  var chooser = document.querySelector("[data-role-chooser]");
  if (chooser) {
    initChooser(chooser);
  }
  var searchForm = document.getElementById("search-page-form");
  if (searchForm) {
    defaultSearchRole(searchForm);
  }
})();
