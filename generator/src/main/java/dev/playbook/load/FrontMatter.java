package dev.playbook.load;

import java.util.Optional;

/** A Markdown file split at its {@code ---} fences. */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {

    private static final String FENCE = "---";

    /** Empty when the file does not start with a fence or the fence is never closed. */
    static Optional<FrontMatter> split(String text) {
        if (!text.startsWith(FENCE + "\n") && !text.equals(FENCE)) {
            return Optional.empty();
        }
        int lineStart = FENCE.length() + 1;
        int line = 1;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String current = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            line++;
            if (current.stripTrailing().equals(FENCE) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(FENCE.length() + 1, lineStart);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 1, body, line));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        return Optional.empty();
    }
}
