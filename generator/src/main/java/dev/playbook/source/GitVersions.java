package dev.playbook.source;

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
import java.util.regex.Pattern;

/**
 * Released versions of a playbook, read straight from Git with JGit: the tags that match a pattern, and
 * the content folder as each tag's tree holds it. Nothing is checked out; the working tree is untouched.
 * Open while the versions are read: assets are read from the repository when they are written.
 */
public final class GitVersions implements AutoCloseable {

    private final Repository repository;
    private final String prefix;

    private GitVersions(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** The repository around {@code content}; content paths are taken relative to it. */
    public static GitVersions open(Path content) {
        GitRepository git = GitRepository.around(content, "versions are read from Git tags",
                "run inside the playbook's repository, or leave out --versions");
        return new GitVersions(git.repository(), git.prefix());
    }

    /** Tags matching a glob such as {@code v*}, oldest version first. */
    public List<Version> matching(String glob) {
        Pattern pattern = globPattern(glob);
        List<Version> versions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = tag.getName().substring(Constants.R_TAGS.length());
                if (!pattern.matcher(name).matches()) {
                    continue;
                }
                RevCommit commit = walk.parseCommit(tag.getObjectId());
                versions.add(new Version(name, commit.getName(), Instant.ofEpochSecond(commit.getCommitTime())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tags of " + repository.getDirectory(), e);
        }
        versions.sort(Version.BY_SEMVER);
        return versions;
    }

    /** The content folder as the version's commit holds it, sorted by path like a folder read. */
    public ContentTree read(Version version) {
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
                if (SourceFiles.isHidden(relative)) {
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

    @Override
    public void close() {
        repository.close();
    }
}
