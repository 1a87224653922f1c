package dev.playbook.model;

/** A failure that is the caller's to fix, with the fix in words: printed as message and hint, never as a stack trace. */
public abstract class HintedException extends RuntimeException {

    private final String hint;

    protected HintedException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }
}
