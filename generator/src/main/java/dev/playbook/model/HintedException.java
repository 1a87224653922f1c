package dev.playbook.model;

/**
 * A failure that is the caller's to fix, with the fix in words: printed as message and hint, never as a
 * stack trace. Message and hint name settings as tokens ({@code {force}}); the adapter that prints them
 * words those in its own terms ({@link #message(Wording)}, {@link #hint(Wording)}).
 */
public abstract class HintedException extends RuntimeException {

    private final String hint;

    protected HintedException(String message, String hint) {
        super(message);
        this.hint = java.util.Objects.requireNonNull(hint, "hint: say how to fix it");
    }

    /** The message in an adapter's words. */
    public String message(Wording wording) {
        return wording.apply(getMessage());
    }

    /** How to fix it, in an adapter's words. */
    public String hint(Wording wording) {
        return wording.apply(hint);
    }

    /** How to fix it, with setting tokens as written. */
    public String hint() {
        return hint;
    }
}
