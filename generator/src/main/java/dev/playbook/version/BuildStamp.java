package dev.playbook.version;

import dev.playbook.model.GitTag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a version's pages were built from: its commit, the previous version's (What changed depends on
 * it), the generator's code and the theme. Written into the version's folder; when the next build
 * finds the same stamp there, the version's pages would come out byte for byte the same, so they are
 * reused instead of rebuilt. Hidden, so it is never read as content.
 */
public record BuildStamp(String text) {

    public static final String FILE_NAME = ".playbook-build";

    public static BuildStamp of(GitTag version, String previousCommit, String generator, String theme) {
        return new BuildStamp("commit " + version.commit() + "\nprevious " + previousCommit
                + "\ngenerator " + generator + "\ntheme " + theme + "\n");
    }

    /** Where the stamp goes, relative to the site. */
    public static String path(String version) {
        return SiteLayout.folder(version) + FILE_NAME;
    }

    /** Whether the site at {@code output} holds this version built from exactly these inputs. */
    public boolean matches(Path output, String version) {
        Path file = output.resolve(path(version));
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            return false; // unreadable: build it again
        }
    }

    /**
     * The folder of a version in the site at {@code output} when a build finished it: a released version has its
     * stamp, the draft (which has none) its entry page.
     */
    public static java.util.Optional<Path> previousBuild(Path output, String version) {
        Path folder = output.resolve(version);
        boolean built = Files.isRegularFile(folder.resolve(FILE_NAME))
                || version.equals(SiteLayout.DRAFT) && Files.isRegularFile(folder.resolve(SiteLayout.ENTRY_PAGE));
        return built ? java.util.Optional.of(folder) : java.util.Optional.empty();
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
