package dev.playbook.model;

/** The one rule mapping a source path to the page it becomes, shared by the renderer and the link checker. */
public final class OutputPaths {

    public static final String HOME = "index.html";
    public static final String COMPLETENESS = "completeness.html";
    public static final String RULES = "rules.html";
    public static final String CHANGES = "changes.html";
    public static final String CHANGELOG = "changelog.html";
    public static final String SEARCH = "search.html";
    public static final String REVIEW = "review.html";
    /** The page a static host answers a missing address with. */
    public static final String NOT_FOUND = "404.html";
    /** Written with site.base_url, unless the content has its own (an internal playbook may forbid crawling). */
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The folder the search index goes to. */
    public static final String SEARCH_INDEX = "search/";
    /** The folder of the role pages the generator writes, one per role ({@code RoleView.pagePath}). */
    public static final String ROLES = "roles/";
    /** The folder the theme's assets go to. */
    public static final String ASSETS = "assets/";
    /** Files the generator writes itself; content may not claim them. */
    /** The Atom feed of a versioned site's changes, at its top. */
    public static final String CHANGE_FEED = "changes.xml";
    public static final java.util.Set<String> GENERATED = java.util.Set.of(COMPLETENESS, REVIEW, RULES, CHANGES, CHANGELOG, SEARCH,
            NOT_FOUND, "pages.json", "versions.json", CHANGE_FEED);

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
