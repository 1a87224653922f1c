/**
 * The one API: {@link dev.playbook.api.Generator} builds, checks, serves and scaffolds a playbook; the command
 * line and the Maven plugin are thin adapters over it. It only connects the stages ({@code Pipeline} for
 * one version, {@code VersionedBuild} for a site of several) and does no stage work or I/O of its own.
 * <p>API: {@code Generator}, the requests ({@code BuildRequest}, {@code CheckRequest}, {@code VersionsRequest},
 * {@code PreviewRequest}), the results ({@code Report}, {@code VersionsReport}, {@code PreviewBuild}), the running
 * {@code LivePreview} and {@code UsageException}.
 */
package dev.playbook.api;
