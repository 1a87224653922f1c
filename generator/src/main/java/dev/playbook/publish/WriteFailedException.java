package dev.playbook.publish;

import dev.playbook.model.HintedException;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * The site could not be written (a full disk, a folder without write permission); the staging folder is
 * removed and the previous site is left as it was. Said in the system's own words, not as an internal error.
 */
public final class WriteFailedException extends HintedException {

    WriteFailedException(String what, IOException cause) {
        super(what + ": " + reason(cause), hint(cause));
        initCause(cause);
    }

    /** "no space left on device", "permission denied": the operating system's reason, in lower case. */
    static String reason(IOException cause) {
        String reason = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : cause.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = cause.getClass().getSimpleName();
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    private static String hint(IOException cause) {
        String reason = reason(cause);
        if (reason.contains("no space left")) {
            return "free some space on that disk, or write the site to another disk with {out}; the previous site is unchanged";
        }
        if (reason.contains("permission denied") || reason.contains("read-only")) {
            return "make the folder writable, or write the site somewhere else with {out}; the previous site is unchanged";
        }
        return "check that the folder can be written, or write the site somewhere else with {out}; the previous site is unchanged";
    }
}
