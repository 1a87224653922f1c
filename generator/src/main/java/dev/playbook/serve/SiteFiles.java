package dev.playbook.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a {@link SiteServer} serves: the files of a built site's folder ({@link #folder(Path)}), or a site
 * held in memory ({@link MemorySite}). Paths are relative to the site root, {@code '/'}-separated, with no
 * leading slash: {@code team/roles.html}, {@code assets/playbook.css}; the root itself is {@code ""}. The
 * server has already refused any path with {@code ..}, {@code .}, empty segments, backslashes or control
 * characters before it asks.
 */
public interface SiteFiles {

    /** The bytes of the file at {@code path}, or empty when there is none (a folder is not a file). The caller does not change them. */
    Optional<byte[]> read(String path);

    /** Whether {@code path} is a folder of the site, so that a URL naming it without a trailing slash redirects to one with it. */
    boolean isFolder(String path);

    /**
     * The files of a built site on disk, as {@code playbook serve} has always served them: nothing outside
     * the folder, whether named with {@code ..} or reached through a symbolic link, and no listings.
     *
     * @throws ServeException when {@code site} is not a folder
     */
    static SiteFiles folder(Path site) {
        return new FolderSite(site);
    }
}
