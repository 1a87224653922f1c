package dev.playbook.source;

import dev.playbook.model.GitTag;
import dev.playbook.model.SourceFile;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Asset;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Problem;
import dev.playbook.model.Position;
import dev.playbook.model.RuleId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tags of a playbook's repository, read straight from Git with JGit, and the content folder as each
 * tag's tree holds it. Nothing is checked out; the working tree is untouched. Which tags are versions,
 * and in what order, is the version stage's to say. Open while the versions are read: assets are read
 * from the repository when they are written.
 */
public final class GitTags implements AutoCloseable {

    private final Repository repository;
    private final String prefix;

    private GitTags(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** The repository around {@code content}; content paths are taken relative to it. */
    public static GitTags open(Path content) {
        GitRepository git = GitRepository.around(content, "versions are read from Git tags",
                "run inside the playbook's repository, or leave out {versions}");
        return new GitTags(git.repository(), git.prefix());
    }

    /**
     * The repository's tags: those that name a commit, by name, and a problem for each one that does not (a tag
     * on a tree or a file: Git allows it, but it has no commit to build and no date).
     */
    public record Listing(List<GitTag> tags, Map<String, Problem> unusable) {

        public Listing {
            tags = List.copyOf(tags);
            unusable = java.util.Collections.unmodifiableMap(new TreeMap<>(unusable));
        }
    }

    public Listing all() {
        List<GitTag> tags = new ArrayList<>();
        Map<String, Problem> unusable = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = tag.getName().substring(Constants.R_TAGS.length());
                RevObject target = walk.peel(walk.parseAny(tag.getObjectId()));
                if (target instanceof RevCommit commit) {
                    tags.add(new GitTag(name, commit.getName(), Instant.ofEpochSecond(commit.getCommitTime())));
                } else {
                    unusable.put(name, Problem.error(RuleId.VERSION_TAG, Position.ofTag(name),
                            "tag \"" + name + "\" names a " + Constants.typeString(target.getType()) + ", not a commit",
                            "tag the commit of the release instead (git tag -f " + name + " <commit>), or leave the tag out of {versions}"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tags of " + repository.getDirectory(), e);
        }
        tags.sort(Comparator.comparing(GitTag::name));
        return new Listing(tags, unusable);
    }

    /** The content folder as the version's commit holds it, sorted by path like a folder read. */
    public ContentTree read(GitTag version) {
        List<SourceFile> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(version.commit())).getTree());
            tree.setRecursive(true);
            if (!prefix.isEmpty()) {
                tree.setFilter(PathFilter.create(prefix));
            }
            while (tree.next()) {
                String relative = prefix.isEmpty() ? tree.getPathString() : tree.getPathString().substring(prefix.length() + 1);
                if (SourceFiles.isHidden(relative) || !SourceFiles.publishableName(relative, problems)) {
                    continue;
                }
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    problems.add(Problem.error(RuleId.SOURCE_SUBMODULE, Position.ofFile(relative),
                            "version " + version.name() + " has a Git submodule here; its files are in another repository, not in this tag",
                            "copy the files into the playbook's repository, or keep the submodule outside the content folder"));
                    continue;
                }
                if (mode == FileMode.SYMLINK) {
                    problems.add(Problem.error(RuleId.SOURCE_SYMLINK, Position.ofFile(relative),
                            "version " + version.name() + " has a symbolic link here, and content holds no links",
                            "replace the link with the file it points to"));
                    continue;
                }
                ObjectId blob = tree.getObjectId(0);
                if (!OutputPaths.isPageSource(relative)) {
                    assets.add(new Asset(relative, () -> repository.open(blob).getBytes()));
                    continue;
                }
                ObjectLoader loader = repository.open(blob);
                if (SourceFiles.withinLimit(relative, loader.getSize(), problems)) {
                    SourceFiles.decode(relative, loader.getBytes(), problems).ifPresent(sources::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version " + version.name(), e);
        }
        sources.sort(Comparator.comparing(SourceFile::path));
        assets.sort(Comparator.comparing(Asset::path));
        return new ContentTree(sources, assets, problems);
    }

    @Override
    public void close() {
        repository.close();
    }
}
