package dev.playbook.model;

import java.util.Optional;

/**
 * The owner's settings for the site's look and its place on the web ({@code site:} in {@code playbook.yaml}).
 * Every one is optional; without them the site is the theme's own and works from any folder.
 *
 * @param logo        an image in the content folder, shown before the title in the header
 * @param favicon     an image in the content folder, the browser tab's icon
 * @param accentColor {@code #rrggbb}: links, highlights and buttons; the theme derives readable shades from it
 * @param baseUrl     where the site is published, ending in {@code /}: canonical links, {@code sitemap.xml},
 *                    {@code robots.txt} and Open Graph URLs become absolute
 * @param repoUrl     the Git repository's web address: each page gets an "Edit this page" link
 * @param editPath    the path from {@code repoUrl} to the content folder in the host's editor
 */
public record SiteSettings(Optional<String> logo, Optional<String> favicon, Optional<String> accentColor,
                           Optional<String> baseUrl, Optional<String> repoUrl, String editPath) {

    /** GitHub's shape of an edit link to the content folder on the main branch ({@code …/edit/main/content/…}). */
    public static final String DEFAULT_EDIT_PATH = "edit/main/content";

    public SiteSettings {
        baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
        repoUrl = repoUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        editPath = trimSlashes(editPath);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_EDIT_PATH);
    }

    /**
     * The web address that edits {@code source} (a path in the content folder), when the repository is named: the
     * source's path percent-encoded, the repository's URL and the edit path as the owner wrote them (URL text already).
     */
    public Optional<String> editUrl(String source) {
        return repoUrl.map(repo -> repo + "/" + (editPath.isEmpty() ? "" : editPath + "/") + UrlPaths.path(source));
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
