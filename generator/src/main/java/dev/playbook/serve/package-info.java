/**
 * Serve: a site over HTTP on this machine, safely (loopback unless told otherwise, Host and Origin checks,
 * no file outside the site, a request timeout), gzipped like a static host; and the HTTP side of the live
 * preview: the live-reload script in served pages only ({@code live.js} beside this package's classes), and
 * an event stream of rebuilds and problems that the script turns into reloads, swapped stylesheets and an
 * overlay of problems.
 * <p>API: {@code SiteServer} ({@code start}, {@code publish}), {@code SiteFiles} ({@code folder}),
 * {@code MemorySite}, {@code ServerOptions}, {@code LiveEvent} ({@code Reload}, {@code Problems}),
 * {@code OverlayProblem} and {@code ServeException}.
 */
package dev.playbook.serve;
