package dev.playbook.publish;

/** The output folder cannot be written safely; nothing was written. */
public final class UnsafeOutputException extends RuntimeException {

    private final String hint;

    public UnsafeOutputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
