/**
 * Diff stage: what changed between two versions of a playbook, from their models, with word diffs of
 * edited guides.
 * <p>API: {@code ModelDiff}.
 */
package dev.playbook.diff;
