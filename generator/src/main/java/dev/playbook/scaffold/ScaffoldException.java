package dev.playbook.scaffold;

import dev.playbook.model.HintedException;

/** The folder for a new playbook cannot be used. */
public final class ScaffoldException extends HintedException {

    public ScaffoldException(String message, String hint) {
        super(message, hint);
    }
}
