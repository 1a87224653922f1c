package dev.playbook.version;

import dev.playbook.model.GitTag;
import org.semver4j.Semver;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The order of versions, by semantic versioning 2.0.0 as semver4j implements it: {@code v1.10.0} after
 * {@code v1.9.2}, a pre-release before its release, {@code rc.10} after {@code rc.2}, build metadata
 * ({@code +build.5}) ignored for order. A leading {@code v} is allowed, and {@code v2} or {@code v2.1} read as
 * {@code 2.0.0} and {@code 2.1.0}. Tags that are not semantic versions sort before all that are, by name; two
 * tags of the same precedence ({@code v1.0.0} and {@code v1.0.0+build.5}) by name.
 */
final class VersionOrder {

    private static final Pattern SHORT = Pattern.compile("\\d+(\\.\\d+)?");

    static final Comparator<GitTag> BY_SEMVER = Comparator
            .comparing((GitTag tag) -> semver(tag.name()).isPresent() ? 1 : 0)
            .thenComparing((a, b) -> {
                Optional<Semver> x = semver(a.name());
                Optional<Semver> y = semver(b.name());
                return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) : 0;
            })
            .thenComparing(GitTag::name);

    private VersionOrder() {
    }

    /** The tag's name as a semantic version, when it is one. */
    static Optional<Semver> semver(String name) {
        String version = name.startsWith("v") || name.startsWith("V") ? name.substring(1) : name;
        if (SHORT.matcher(version).matches()) {
            version = version + (version.contains(".") ? ".0" : ".0.0");
        }
        try {
            return Optional.ofNullable(Semver.parse(version));
        } catch (RuntimeException tooLarge) {
            return Optional.empty(); // a part beyond what an int holds: no version we can order
        }
    }

    static boolean semantic(String name) {
        return semver(name).isPresent();
    }

    /** A pre-release ({@code v2.0.0-rc.1}) or a tag that is no semantic version is never the latest release; build metadata does not matter. */
    static boolean isRelease(String name) {
        return semver(name).map(version -> version.getPreRelease().isEmpty()).orElse(false);
    }
}
