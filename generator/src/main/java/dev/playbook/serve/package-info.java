/**
 * Serve: a built site over HTTP on 127.0.0.1 only, gzipped like a static host.
 * <p>API: {@code SiteServer} and {@code ServeException}.
 */
package dev.playbook.serve;
