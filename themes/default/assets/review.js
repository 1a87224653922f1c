/*
 * Review state from the reader's date. The build marks what is overdue on the day it ran; a site is read for
 * months after that. Every element with data-review-due="YYYY-MM-DD" (the day its review is due) gets its state
 * again from today's date in the reader's time zone:
 *   - a page's "Review overdue" badge (.review-overdue) and its "Up to date" (.review-current) trade places;
 *   - a review queue row (.review-row) gets its status text and its review-row--overdue / --due class.
 * Without JavaScript the build-time state stands.
 */
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;

  /** Days from today (the reader's local date) to an ISO date; negative once it has passed. */
  function daysUntil(iso, now) {
    var parts = iso.split("-");
    var due = Date.UTC(+parts[0], +parts[1] - 1, +parts[2]);
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.round((due - today) / DAY);
  }

  function plural(n) {
    return n + " day" + (n === 1 ? "" : "s");
  }

  function status(days) {
    if (days < 0) return "overdue by " + plural(-days);
    if (days === 0) return "due today";
    return "due in " + plural(days);
  }

  function isoDate(now) {
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function apply(root, now) {
    var marked = root.querySelectorAll("[data-review-due]");
    for (var i = 0; i < marked.length; i++) {
      var el = marked[i];
      var days = daysUntil(el.getAttribute("data-review-due"), now);
      if (!isFinite(days)) continue;
      if (el.classList.contains("review-overdue")) {
        el.hidden = days >= 0;
        el.title = status(days);
      } else if (el.classList.contains("review-current")) {
        el.hidden = days < 0;
      } else if (el.classList.contains("review-row")) {
        el.classList.remove("review-row--overdue", "review-row--due");
        el.classList.add(days < 0 ? "review-row--overdue" : "review-row--due");
        var cell = el.querySelector(".review-status");
        if (cell) cell.textContent = status(days);
      }
    }
    var today = root.querySelectorAll("[data-review-today] time");
    for (var j = 0; j < today.length; j++) {
      today[j].setAttribute("datetime", isoDate(now));
      today[j].textContent = isoDate(now);
    }
  }

  window.playbookReview = { daysUntil: daysUntil, apply: apply };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { apply(document, new Date()); });
  } else {
    apply(document, new Date());
  }
})();
