package dev.playbook.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What killed builds left beside an output folder, and putting it right before the next build writes: a
 * staging folder ({@code .site.new-*}) that no running build holds is deleted; a previous site set aside
 * by a swap that never finished ({@code .site.old-*}) is put back when the output is missing, and deleted
 * when the output is there. Only folders that carry the {@link SitePublisher#MARKER} are touched, and a
 * staging folder is in use while its build holds a lock on that marker, so a build running beside this
 * one keeps its folder.
 */
final class Leftovers {

    private final Path target;

    Leftovers(Path target) {
        this.target = target;
    }

    /** Holds the lock that says a staging folder is in use, until the build commits or discards it. */
    static Optional<FileChannel> claim(Path marker) {
        try {
            FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(channel);
        } catch (IOException | OverlappingFileLockException e) {
            return Optional.empty(); // no locks on this file system: the folder is still ours, only not marked as in use
        }
    }

    void recover() throws IOException {
        List<Path> staged = ours(".new-");
        List<Path> setAside = ours(".old-");
        if (!Files.exists(target) && !setAside.isEmpty()) {
            // killed between the swap's two moves: the previous site is whole, the new one may not be
            Path newest = setAside.stream().max(Comparator.comparing(Leftovers::modified)).get();
            Files.move(newest, target);
            setAside = setAside.stream().filter(p -> !p.equals(newest)).toList();
        }
        for (Path old : setAside) {
            SitePublisher.deleteTree(old);
        }
        for (Path folder : staged) {
            if (!inUse(folder)) {
                SitePublisher.deleteTree(folder);
            }
        }
    }

    /** Folders beside the target named as this publisher names its own, and carrying its marker. */
    private List<Path> ours(String kind) throws IOException {
        String prefix = "." + target.getFileName() + kind;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isRegularFile(p.resolve(SitePublisher.MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
    }

    private static boolean inUse(Path folder) {
        try (FileChannel channel = FileChannel.open(folder.resolve(SitePublisher.MARKER), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException held) {
            return true; // held by a build in this process
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
