/**
 * Publish stage: a marked staging folder beside the output that pages stream into, swapped in at the
 * end or discarded; refusing output folders it must not replace; the offline pack of a finished site; the
 * versioned live preview's own temporary site folder.
 * <p>API: {@code OutputGuard}, {@code SitePublisher}, {@code Staging}, {@code ScratchSite} and {@code UnsafeOutputException}.
 */
package dev.playbook.publish;
