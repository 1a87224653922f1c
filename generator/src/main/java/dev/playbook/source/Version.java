package dev.playbook.source;

import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release of the playbook: a Git tag, the commit it names and that commit's date. Versions sort by
 * semantic version ({@code v1.10.0} after {@code v1.9.2}, a pre-release before its release); tags that
 * are not semantic versions sort before all that are, by name.
 */
public record Version(String name, String commit, Instant date) {

    private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?$");

    public static final Comparator<Version> BY_SEMVER = Comparator
            .comparing((Version v) -> v.semantic() ? 1 : 0)
            .thenComparingLong(v -> v.part(1))
            .thenComparingLong(v -> v.part(2))
            .thenComparingLong(v -> v.part(3))
            .thenComparing(v -> v.preRelease() == null ? 1 : 0)
            .thenComparing(v -> v.preRelease() == null ? "" : v.preRelease())
            .thenComparing(Version::name);

    public boolean semantic() {
        return SEMVER.matcher(name).matches();
    }

    /** A pre-release ({@code v2.0.0-rc.1}) is never the latest release. */
    public boolean isRelease() {
        return semantic() && preRelease() == null;
    }

    private String preRelease() {
        Matcher matcher = SEMVER.matcher(name);
        return matcher.matches() ? matcher.group(4) : null;
    }

    private long part(int group) {
        Matcher matcher = SEMVER.matcher(name);
        if (!matcher.matches() || matcher.group(group) == null) {
            return 0;
        }
        try {
            return Long.parseLong(matcher.group(group));
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
