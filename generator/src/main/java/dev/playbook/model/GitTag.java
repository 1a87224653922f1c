package dev.playbook.model;

import java.time.Instant;

/** A Git tag as the source stage lists it: its name, the commit it names and that commit's date. */
public record GitTag(String name, String commit, Instant date) {
}
