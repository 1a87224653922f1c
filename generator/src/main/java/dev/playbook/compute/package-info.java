/**
 * Compute stage: the numbers the generator derives from the content, the pull-through model worked
 * back from the revenue target.
 * <p>API: {@code PullThroughCalculator}.
 */
package dev.playbook.compute;
