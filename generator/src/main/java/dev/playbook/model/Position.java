package dev.playbook.model;

/**
 * A place in a content file: path relative to the content root (always with forward slashes),
 * 1-based line and column. Line 0 means "the whole file".
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }


    /** A Git tag of the playbook's repository, which is no file of the content folder: {@code git:refs/tags/v1.0.0}. */
    public static Position ofTag(String name) {
        return ofFile("git:refs/tags/" + name);
    }

    /** Whether the position is in the theme ({@code theme:home.ftlh}) rather than in the content folder. */
    public boolean inTheme() {
        return file.equals("theme") || file.startsWith("theme:");
    }

    /**
     * The one way a position is written, {@code team/x.yaml:3:5} (or the file alone for a whole file),
     * with {@code prefix} before content paths: the content folder as the user names it ({@code content/}),
     * so every command and report says the same place the same way.
     */
    public String format(String prefix) {
        String path = escaped(inTheme() || file.startsWith("git:") ? file : prefix + file);
        return line == 0 ? path : path + ":" + line + ":" + column;
    }

    /**
     * {@code text} with its control characters written as escapes ({@code \\n}, {@code \\u001b}): a file name
     * may hold a newline, which would otherwise start a fake line in a report or break a Markdown table.
     */
    public static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The prefix that makes content-relative paths relative to the working directory, as the user named the
     * content folder: {@code content/} for {@code --content content}, {@code ""} for the current folder.
     */
    public static String prefixFor(java.nio.file.Path content) {
        java.nio.file.Path normalized = content.normalize();
        if (normalized.isAbsolute()) {
            java.nio.file.Path workingDirectory = java.nio.file.Path.of("").toAbsolutePath();
            normalized = normalized.startsWith(workingDirectory) ? workingDirectory.relativize(normalized) : normalized;
        }
        String text = normalized.toString().replace('\\', '/');
        return text.isEmpty() || text.equals(".") ? "" : text + "/";
    }

    @Override
    public String toString() {
        return format("");
    }
}
