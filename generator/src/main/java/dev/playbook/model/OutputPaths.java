package dev.playbook.model;

/** The one rule mapping a source path to the page it becomes, shared by the renderer and the link checker. */
public final class OutputPaths {

    private OutputPaths() {
    }

    public static String pageFor(String sourcePath) {
        int dot = sourcePath.lastIndexOf('.');
        int slash = sourcePath.lastIndexOf('/');
        String stem = dot > slash ? sourcePath.substring(0, dot) : sourcePath;
        return stem + ".html";
    }

    /** True for the files that become pages: Markdown and YAML. */
    public static boolean isPageSource(String path) {
        return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
