/**
 * Source stage: reading content from the file system (sorted, with size, encoding and symlink rules) or from
 * a Git tag's tree, listing tags, and the files changed since a Git ref.
 * <p>API: {@code ContentReader}, {@code GitTags}, {@code ChangedFiles} and {@code SourceException}.
 */
package dev.playbook.source;
