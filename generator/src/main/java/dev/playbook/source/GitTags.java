package dev.playbook.source;

import dev.playbook.model.GitTag;
import dev.playbook.model.SourceFile;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Asset;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.Problem;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
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

    /** Every tag that names a commit, by name. */
    public List<GitTag> all() {
        List<GitTag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                RevCommit commit = walk.parseCommit(tag.getObjectId());
                tags.add(new GitTag(tag.getName().substring(Constants.R_TAGS.length()), commit.getName(),
                        Instant.ofEpochSecond(commit.getCommitTime())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tags of " + repository.getDirectory(), e);
        }
        tags.sort(Comparator.comparing(GitTag::name));
        return tags;
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
