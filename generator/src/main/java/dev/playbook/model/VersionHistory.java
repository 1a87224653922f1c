package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What a version's site says about its history: what changed since the previous version (empty for the
 * first), the release notes the config gives for it, and every version up to this one, newest first.
 */
public record VersionHistory(Optional<ChangeSet> changes, Optional<String> releaseNotes, List<Entry> versions) {

    public VersionHistory {
        versions = List.copyOf(versions);
    }

    /** One version in the changelog: its name, the date of its commit, how many changes it made and their one-line summary. */
    public record Entry(String name, String date, int changes, String summary) {
    }
}
