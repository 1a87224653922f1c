/**
 * The command line ({@code playbook build|check|new|serve|schema}) over {@link dev.playbook.api.Generator}: flags,
 * exit codes 0/1/2, and the wording of every setting as a flag ({@code CliWording}).
 * <p>API: {@code PlaybookCommand.main} and {@code PlaybookCommand.run}.
 */
package dev.playbook.cli;
