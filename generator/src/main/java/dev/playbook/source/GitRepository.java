package dev.playbook.source;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The Git repository around a content folder, and the folder's path inside it ("" at the top). */
record GitRepository(Repository repository, String prefix) {

    static GitRepository around(Path content, String why, String hint) {
        Path absolute = content.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            throw new SourceException(why + ", and " + content + " is not in a Git repository", hint);
        }
        try {
            Repository repository = builder.build();
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            return new GitRepository(repository, workTree.relativize(absolute).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Git repository of " + content, e);
        }
    }
}
