package dev.playbook.serve;

import dev.playbook.model.HintedException;

/** The site cannot be served: it is not built, or the port is taken. */
public final class ServeException extends HintedException {

    public ServeException(String message, String hint) {
        super(message, hint);
    }
}
