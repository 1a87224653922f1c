package dev.playbook.validate;

import dev.playbook.model.HintedException;

/** The JSON Schemas cannot be written into the folder asked for. */
public final class SchemaWriteException extends HintedException {

    public SchemaWriteException(String message, String hint) {
        super(message, hint);
    }
}
