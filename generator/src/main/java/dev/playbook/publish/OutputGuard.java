package dev.playbook.publish;

import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses output folders that a site build must never replace. */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Checks before anything is built, with the content folder known. */
    public static void checkOutput(Path output, Path content) {
        checkOutput(output, content, false);
    }

    /**
     * With {@code force}, a folder holding files Playbook did not write is accepted; it is moved aside,
     * never deleted. The content folder, {@code .git}, {@code /} and the home folder are refused all the same.
     */
    public static void checkOutput(Path output, Path content, boolean force) {
        Path target = output.toAbsolutePath().normalize();
        Path source = content.toAbsolutePath().normalize();
        if (target.equals(source) || source.startsWith(target)) {
            throw new UnsafeOutputException("the output folder " + target + " is or contains the content folder",
                    "choose a folder outside the content with {out}, such as target/playbook");
        }
        checkReplaceable(target, force);
    }

    static void checkReplaceable(Path target, boolean force) {
        if (target.getParent() == null) {
            throw new UnsafeOutputException("refusing to publish into the file system root", "choose a project folder");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.equals(home)) {
            throw new UnsafeOutputException("refusing to publish into the home folder " + target, "choose a sub-folder");
        }
        for (Path part : target) {
            if (part.toString().equals(".git")) {
                throw new UnsafeOutputException("refusing to publish inside a .git folder: " + target, "choose a folder outside .git");
            }
        }
        if (!force && !SitePublisher.isReplaceable(target)) {
            throw new UnsafeOutputException("the output folder " + target + " holds files that Playbook did not write",
                    "choose an empty or new folder (Playbook only replaces folders that carry its " + SitePublisher.MARKER
                            + " marker), or use {force} to move the folder aside and publish there");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnsafeOutputException("the output path " + target + " is a file", "choose a folder");
        }
    }
}
