package dev.playbook.version;

import dev.playbook.model.GitTag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semantic version order of tags, from the specification's own examples and the cases tags bring. */
class VersionOrderTest {

    /** In order: not a version first (by name), then by precedence; same precedence by name. */
    private static final List<String> ORDERED = List.of(
            "notes", "release-candidate",
            "v0.9.0",
            "v1.0.0-alpha", "v1.0.0-alpha.1", "v1.0.0-alpha.beta", "v1.0.0-beta", "v1.0.0-beta.2", "v1.0.0-beta.11",
            "v1.0.0-rc.1", "v1.0.0-rc.2", "v1.0.0-rc.10",
            "v1.0.0", "v1.0.0+build.5",
            "v1.1", "v1.9.2", "v1.10.0", "v2", "v2.0.1-rc.1", "v10.0.0");

    private static List<String> sorted(List<String> names) {
        return names.stream().map(name -> new GitTag(name, "", Instant.EPOCH)).sorted(VersionOrder.BY_SEMVER).map(GitTag::name).toList();
    }

    @Test
    void tagsSortBySemanticVersionPrecedence() {
        for (long seed = 0; seed < 20; seed++) {
            List<String> shuffled = new ArrayList<>(ORDERED);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(ORDERED, sorted(shuffled), "shuffled with seed " + seed);
        }
    }

    @Test
    void aReleaseHasNoPreReleaseAndBuildMetadataDoesNotMatter() {
        assertTrue(VersionOrder.isRelease("v1.0.0"));
        assertTrue(VersionOrder.isRelease("v1.0.0+build.5"), "build metadata is no pre-release");
        assertTrue(VersionOrder.isRelease("1.2.3"));
        assertTrue(VersionOrder.isRelease("v2"));
        assertTrue(VersionOrder.isRelease("v0.3.0"), "a 0.x version is a release of its own");
        assertFalse(VersionOrder.isRelease("v1.0.0-rc.10"));
        assertFalse(VersionOrder.isRelease("v1.0.0-rc.1+build.5"));
        assertFalse(VersionOrder.isRelease("notes"));
        assertFalse(VersionOrder.isRelease("v1.0.0.0"));
        assertFalse(VersionOrder.isRelease("v99999999999.0.0"), "too large to order is not a version");
    }

    @Test
    void theLatestReleaseSkipsPreReleases() {
        List<GitTag> tags = ORDERED.stream().map(name -> new GitTag(name, "", Instant.EPOCH)).toList();
        assertEquals(Optional.of("v10.0.0"), Releases.matching(tags, "v*").latest().map(GitTag::name));
        assertEquals(Optional.of("v1.0.0+build.5"), Releases.matching(tags, "v1.0.*").latest().map(GitTag::name));
        assertEquals(Optional.empty(), Releases.matching(tags, "v1.0.0-*").latest().map(GitTag::name));
    }
}
