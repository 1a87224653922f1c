package dev.playbook.render;

import dev.playbook.model.HintedException;

/** The theme named cannot be used: its folder does not exist. */
public final class ThemeException extends HintedException {

    public ThemeException(String message, String hint) {
        super(message, hint);
    }
}
