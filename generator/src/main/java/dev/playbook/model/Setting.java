package dev.playbook.model;

/**
 * What a user sets when they run Playbook: the command line names these as flags, the Maven plugin as
 * parameters. Core messages and hints name a setting as {@code {force}}, never as a flag, and each
 * adapter words it in its own terms through a {@link Wording}.
 */
public enum Setting {
    CONTENT("content"),
    OUT("out"),
    THEME("theme"),
    FORCE("force"),
    PORT("port"),
    BIND("bind"),
    VERSIONS("versions"),
    DRAFT("draft"),
    CHANGED_SINCE("changed-since"),
    PDF("pdf"),
    OFFLINE("offline");

    private final String token;

    Setting(String token) {
        this.token = token;
    }

    /** As core text writes it: {@code {changed-since}}. */
    public String token() {
        return "{" + token + "}";
    }
}
