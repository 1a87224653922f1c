package dev.playbook.version;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The URLs the layout of a versioned site writes name a version's folder percent-encoded: a tag may hold # or %. */
class SiteLayoutTest {

    @Test
    void robotsTxtNamesTheLatestReleasesSitemapByItsUrl() {
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.com/pb/v2%23%C3%A9t%C3%A9/sitemap.xml\n",
                new String(SiteLayout.robotsTxt("https://example.com/pb/", "v2#\u00e9t\u00e9"), StandardCharsets.UTF_8));
    }

    @Test
    void aRelativeUrlEncodesEachSegmentOfAPath() {
        assertEquals("v1.0%2050%25/index.html", SiteLayout.href(SiteLayout.folder("v1.0 50%") + SiteLayout.ENTRY_PAGE));
    }
}
