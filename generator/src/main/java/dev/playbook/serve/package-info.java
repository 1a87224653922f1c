/**
 * Serve: a site over HTTP on this machine, safely (loopback unless told otherwise, a Host check, no file
 * outside the site, a request timeout), gzipped like a static host: a built site's folder or a site in memory.
 * <p>API: {@code SiteServer}, {@code SiteFiles} ({@code folder}), {@code MemorySite}, {@code ServerOptions}
 * and {@code ServeException}.
 */
package dev.playbook.serve;
