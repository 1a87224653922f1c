package dev.playbook.render;

import dev.playbook.model.SiteSettings;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.UrlPaths;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Where the site's pages live on the web, from {@code site.base_url} and the version being built: each page's
 * canonical URL (a released version's page names its versioned URL, so {@code latest/}, a copy, points there),
 * the sitemap that lists those same URLs, {@code robots.txt}, and the root the 404 page links from.
 */
final class SiteAddress {

    static final String NOT_FOUND_PAGE = dev.playbook.model.OutputPaths.NOT_FOUND;
    static final String SITEMAP = dev.playbook.model.OutputPaths.SITEMAP;
    static final String ROBOTS = dev.playbook.model.OutputPaths.ROBOTS;

    private final Optional<String> base;
    private final Optional<SiteVersion> version;

    SiteAddress(SiteSettings settings, Optional<SiteVersion> version) {
        this.base = settings.baseUrl();
        this.version = version;
    }

    /** The folder of this version under the site's root as a URL: {@code "v1.2/"}, or {@code ""} for a site of one version. */
    private String folder() {
        return version.map(v -> UrlPaths.path(v.name()) + "/").orElse("");
    }

    /**
     * The canonical URL of the page at {@code url}, a URL relative to the site's top as {@code UrlPaths} writes it
     * ({@code root} leads from the page to the site's top): absolute with a
     * base URL; without one, only a released version's page has one, relative, leading to its versioned copy. A
     * draft has none: it is not the page to remember.
     */
    Optional<String> canonical(String url, String root) {
        if (version.isPresent()) {
            if (version.get().draft()) {
                return Optional.empty();
            }
            return Optional.of(base.map(b -> b + folder() + url).orElse(root + "../" + folder() + url));
        }
        return base.map(b -> b + url);
    }

    /** A file of this site (its path) as an absolute URL, when the base URL is known (Open Graph wants absolute images). */
    Optional<String> absolute(String path) {
        return base.map(b -> b + folder() + UrlPaths.path(path));
    }

    /**
     * What the 404 page's links start with. A host answers a missing page at any depth with the same file, so
     * its links cannot be relative: they start at the base URL, or at the host's root without one.
     */
    String notFoundRoot() {
        return base.orElse("/") + folder();
    }

    /** {@code sitemap.xml} listing every page's canonical URL (of {@code pages}, their paths), when pages have absolute ones. */
    Optional<byte[]> sitemap(List<String> pages) {
        if (base.isEmpty() || version.filter(SiteVersion::draft).isPresent()) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (!page.equals(NOT_FOUND_PAGE)) {
                xml.append("  <url><loc>").append(escape(canonical(UrlPaths.path(page), "").orElseThrow())).append("</loc></url>\n");
            }
        }
        return Optional.of(xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code robots.txt} for a site of one version at the base URL: everything may be read, and here is the sitemap. */
    Optional<byte[]> robots() {
        if (version.isPresent()) {
            return Optional.empty();
        }
        return base.map(b -> ("User-agent: *\nAllow: /\nSitemap: " + b + SITEMAP + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
