/**
 * Scaffold: {@code playbook new}, a small playbook that builds and checks cleanly.
 * <p>API: {@code Scaffolder} and {@code ScaffoldException}.
 */
package dev.playbook.scaffold;
