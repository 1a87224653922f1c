package dev.playbook.source;

import dev.playbook.model.HintedException;

/** The content folder cannot be read as asked (not in a Git repository, an unknown ref). */
public final class SourceException extends HintedException {

    public SourceException(String message, String hint) {
        super(message, hint);
    }
}
