package dev.playbook.model;

/**
 * A place in a content file: path relative to the content root (always with forward slashes),
 * 1-based line and column. Line 0 means "the whole file".
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }


    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
