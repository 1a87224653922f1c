package dev.playbook.api;

/** The request itself is wrong (a missing folder, an unsafe output): exit code 2, never a stack trace. */
public final class UsageException extends RuntimeException {

    private final String hint;

    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
