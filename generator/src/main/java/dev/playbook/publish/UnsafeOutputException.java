package dev.playbook.publish;

import dev.playbook.model.HintedException;

/** The output folder cannot be written safely; nothing was written. */
public final class UnsafeOutputException extends HintedException {

    public UnsafeOutputException(String message, String hint) {
        super(message, hint);
    }
}
