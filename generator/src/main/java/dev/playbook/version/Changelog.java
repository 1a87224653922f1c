package dev.playbook.version;

import dev.playbook.model.ChangeSet;
import dev.playbook.model.VersionHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions built so far, newest first, so each version's site can show the changelog up to itself.
 * One per build; versions are added oldest first.
 */
public final class Changelog {

    private final List<VersionHistory.Entry> entries = new ArrayList<>();

    /** Forgets the versions added after the first {@code count} (a version that was not published after all). */
    public void truncate(int count) {
        while (entries.size() > count) {
            entries.remove(0);
        }
    }

    /** Every version added so far, newest first. */
    public List<VersionHistory.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds a version with what changed since the one before it (nothing for the first) and its release notes. */
    public VersionHistory add(String name, LocalDate date, Optional<ChangeSet> changes, Optional<String> releaseNotes) {
        entries.add(0, new VersionHistory.Entry(name, date.toString(), changes.map(c -> c.changes().size()).orElse(0),
                changes.map(ChangeSet::summary).orElse("first version")));
        return new VersionHistory(changes, releaseNotes, entries);
    }
}
