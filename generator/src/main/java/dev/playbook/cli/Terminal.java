package dev.playbook.cli;

/** Whether to color output: only on an interactive terminal, and never when NO_COLOR is set. */
final class Terminal {

    private Terminal() {
    }

    static boolean supportsColor() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
