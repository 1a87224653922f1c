package dev.playbook.source;

/** The content folder cannot be read as asked (not in a Git repository, an unknown ref). */
public final class SourceException extends RuntimeException {

    private final String hint;

    public SourceException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
