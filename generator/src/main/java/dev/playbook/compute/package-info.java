/**
 * Compute stage: the numbers and views the generator derives from the content: the pull-through model worked
 * back from the revenue target, and each role's view of the playbook.
 * <p>API: {@code PullThroughCalculator}, {@code RoleViewBuilder}.
 */
package dev.playbook.compute;
