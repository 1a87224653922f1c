package dev.playbook.api;

import dev.playbook.model.HintedException;

/** The request itself is wrong (no tag is a version, the theme's entry page fails): exit code 2, never a stack trace. */
public final class UsageException extends HintedException {

    public UsageException(String message, String hint) {
        super(message, hint);
    }
}
