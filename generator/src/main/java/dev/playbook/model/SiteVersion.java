package dev.playbook.model;

/**
 * Which version of the playbook a site is, when it is one of several published side by side:
 * {@code v1.2.0}, or {@code next} for the unreleased working tree.
 */
public record SiteVersion(String name, boolean draft) {
}
