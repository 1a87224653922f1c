package dev.playbook.source;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content files that differ between a Git ref and the working tree: committed since the ref,
 * changed but not committed, or new. Read with JGit; no git executable is needed.
 */
public final class ChangedFiles {

    /** Paths relative to {@code content}, as problems name them. */
    public Set<String> since(Path content, String ref) {
        GitRepository around = GitRepository.around(content, "{changed-since} compares with a Git ref",
                "run the check inside the playbook's repository, or leave out {changed-since}");
        try (Repository repository = around.repository(); Git git = new Git(repository)) {
            ObjectId commit = repository.resolve(ref + "^{commit}");
            if (commit == null) {
                throw new SourceException("{changed-since}: no commit is called \"" + ref + "\"",
                        "name a branch, tag or commit, such as origin/main; in CI fetch it first (fetch-depth: 0)");
            }
            CanonicalTreeParser old = new CanonicalTreeParser();
            try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(repository)) {
                old.reset(reader, walk.parseCommit(commit).getTree());
            }
            String prefix = around.prefix();
            Set<String> changed = new TreeSet<>();
            for (DiffEntry entry : git.diff().setOldTree(old).setNewTree(new FileTreeIterator(repository)).call()) {
                for (String path : new String[] {entry.getNewPath(), entry.getOldPath()}) {
                    relative(prefix, path).ifPresent(changed::add);
                }
            }
            return changed;
        } catch (IOException | GitAPIException e) {
            throw new SourceException("{changed-since}: cannot compare with \"" + ref + "\": " + e.getMessage(),
                    "check that the repository is complete (in CI, fetch with fetch-depth: 0)");
        }
    }

    private static java.util.Optional<String> relative(String prefix, String path) {
        if (path.equals(DiffEntry.DEV_NULL)) {
            return java.util.Optional.empty();
        }
        if (prefix.isEmpty()) {
            return java.util.Optional.of(path);
        }
        return path.startsWith(prefix + "/") ? java.util.Optional.of(path.substring(prefix.length() + 1)) : java.util.Optional.empty();
    }
}
