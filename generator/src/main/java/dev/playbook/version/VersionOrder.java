package dev.playbook.version;

import dev.playbook.model.GitTag;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of versions: by semantic version ({@code v1.10.0} after {@code v1.9.2}, a pre-release before
 * its release); tags that are not semantic versions sort before all that are, by name.
 */
final class VersionOrder {

    private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?$");

    static final Comparator<GitTag> BY_SEMVER = Comparator
            .comparing((GitTag tag) -> semantic(tag.name()) ? 1 : 0)
            .thenComparingLong(tag -> part(tag.name(), 1))
            .thenComparingLong(tag -> part(tag.name(), 2))
            .thenComparingLong(tag -> part(tag.name(), 3))
            .thenComparing(tag -> preRelease(tag.name()) == null ? 1 : 0)
            .thenComparing(tag -> preRelease(tag.name()) == null ? "" : preRelease(tag.name()))
            .thenComparing(GitTag::name);

    private VersionOrder() {
    }

    static boolean semantic(String name) {
        return SEMVER.matcher(name).matches();
    }

    /** A pre-release ({@code v2.0.0-rc.1}) or a tag that is no semantic version is never the latest release. */
    static boolean isRelease(String name) {
        return semantic(name) && preRelease(name) == null;
    }

    private static String preRelease(String name) {
        Matcher matcher = SEMVER.matcher(name);
        return matcher.matches() ? matcher.group(4) : null;
    }

    private static long part(String name, int group) {
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
