/**
 * Version stage: a site of several versions side by side. Which tags are versions and in what order
 * ({@code Releases}), the layout of {@code latest/}, {@code versions.json} and {@code pages.json}
 * ({@code SiteLayout}), reuse of versions unchanged since the last build ({@code BuildStamp},
 * {@code CodeFingerprint}) and the changelog up to each version ({@code Changelog}). All of these are API.
 */
package dev.playbook.version;
