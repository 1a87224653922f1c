package dev.playbook.source;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Follows the tags of the repository around a content folder: asks Git for them every {@code interval} and calls
 * back, on its own thread, when one was added, moved or deleted. It asks rather than watching files because a tag
 * may be loose or packed, in a worktree's common folder or in another ref store, and JGit knows where; the question
 * reads only the refs (their files' dates, when unchanged), so it is cheap. The first look always calls back: a
 * tag made between the caller's build and this watcher's start is not missed. Which tags matter is the caller's to
 * say. Callbacks run one at a time.
 */
public final class TagWatcher implements AutoCloseable {

    private final Repository repository;
    private final Duration interval;
    private final Runnable onChange;
    private final Thread thread;

    private TagWatcher(Repository repository, Duration interval, Runnable onChange) {
        this.repository = repository;
        this.interval = interval;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "playbook-tag-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts following the tags of the repository around {@code content}. */
    public static TagWatcher start(Path content, Duration interval, Runnable onChange) {
        GitRepository git = GitRepository.around(content, "versions are read from Git tags",
                "run inside the playbook's repository, or leave out {versions}");
        return new TagWatcher(git.repository(), interval, onChange);
    }

    private void run() {
        Optional<Map<String, ObjectId>> seen = Optional.empty();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Optional<Map<String, ObjectId>> now = tags();
                if (now.isPresent() && !now.equals(seen)) {
                    seen = now;
                    onChange.run();
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException stopped) {
            // closed: the preview is stopping
        }
    }

    /** Every tag and the object it names; empty when the refs cannot be read just now (a git command holds them): look again. */
    private Optional<Map<String, ObjectId>> tags() {
        try {
            Map<String, ObjectId> tags = new TreeMap<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                tags.put(ref.getName(), ref.getObjectId());
            }
            return Optional.of(tags);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(interval.toMillis() + 1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        repository.close();
    }
}
