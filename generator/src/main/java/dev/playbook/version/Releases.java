package dev.playbook.version;

import dev.playbook.model.GitTag;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versions of a playbook: the tags whose names match a glob such as {@code v*}, oldest first, and
 * which of them {@code latest/} shows (the newest release that is not a pre-release).
 */
public record Releases(List<GitTag> versions) {

    public Releases {
        versions = List.copyOf(versions);
    }

    /** The tags that match {@code glob} ({@code *} any run of characters, {@code ?} one), in version order. */
    public static Releases matching(List<GitTag> tags, String glob) {
        Pattern pattern = globPattern(glob);
        return new Releases(tags.stream().filter(tag -> pattern.matcher(tag.name()).matches())
                .sorted(VersionOrder.BY_SEMVER).toList());
    }

    /** The names that match {@code glob}, in version order: tags that name no commit, to report under their own name. */
    public static List<String> matchingNames(java.util.Collection<String> names, String glob) {
        Pattern pattern = globPattern(glob);
        return names.stream().filter(name -> pattern.matcher(name).matches())
                .map(name -> new GitTag(name, "", java.time.Instant.EPOCH)).sorted(VersionOrder.BY_SEMVER).map(GitTag::name).toList();
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The newest release: what {@code latest/} shows and the site's entry page leads to. */
    public Optional<GitTag> latest() {
        return versions.stream().filter(tag -> isRelease(tag.name())).reduce((older, newer) -> newer);
    }

    public static boolean isRelease(String name) {
        return VersionOrder.isRelease(name);
    }

    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
