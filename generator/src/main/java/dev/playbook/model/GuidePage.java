package dev.playbook.model;

/**
 * A Markdown page with YAML front matter. {@code bodyLineOffset} is the number of lines before the
 * body, so that positions found in the body can be reported against the whole file.
 */
public record GuidePage(String path, PageHeader header, MapNode frontMatter, String markdown, int bodyLineOffset)
        implements Document {

    public static final String KIND = "guide";

    @Override
    public String kind() {
        return KIND;
    }
}
