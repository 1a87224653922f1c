/**
 * Source stage: reading content from the file system (sorted, with size, encoding and symlink rules) or from
 * a Git tag's tree, listing tags, the files changed since a Git ref, and, for the live preview, watching the
 * content and theme folders and the repository's tags.
 * <p>API: {@code ContentReader}, {@code GitTags}, {@code ChangedFiles}, {@code ContentWatcher}, {@code TagWatcher}
 * and {@code SourceException}.
 */
package dev.playbook.source;
