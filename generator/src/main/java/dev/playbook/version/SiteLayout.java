package dev.playbook.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.GitTag;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where versions go in a site published side by side, and the files that tie them together:
 * <pre>
 *   index.html       leads to latest/ (or to the only version there is)
 *   versions.json    every version, newest first, read by every page's version switcher
 *   latest/          a copy of the newest release
 *   v1.1.0/ v1.0.0/  one site per tag, each with pages.json, the pages the switcher can keep the reader on
 *   next/            the working tree, with --draft
 * </pre>
 */
public final class SiteLayout {

    public static final String LATEST = "latest";
    public static final String DRAFT = "next";
    public static final String VERSIONS_FILE = "versions.json";
    public static final String PAGES_FILE = "pages.json";
    public static final String ENTRY_PAGE = "index.html";
    /** A host answers every missing address with this file at the site's top: the latest release's own. */
    public static final String NOT_FOUND_PAGE = dev.playbook.model.OutputPaths.NOT_FOUND;
    public static final String ROBOTS_FILE = dev.playbook.model.OutputPaths.ROBOTS;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteLayout() {
    }

    /**
     * robots.txt at the top of a site published at {@code baseUrl}: everything may be read, and the sitemap is the
     * latest release's, which lists the versioned URLs its pages name as canonical.
     */
    public static byte[] robotsTxt(String baseUrl, String latestVersion) {
        return ("User-agent: *\nAllow: /\nSitemap: " + baseUrl + href(folder(latestVersion)) + dev.playbook.model.OutputPaths.SITEMAP + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The folder a version's site is written to, with its trailing slash. */
    public static String folder(String version) {
        return version + "/";
    }

    /**
     * A relative URL for a path of the site: each segment percent-encoded, so a version named with characters
     * Git allows in tags ({@code #}, {@code %}, {@code ?}...) stays one path.
     */
    public static String href(String path) {
        return dev.playbook.model.UrlPaths.path(path);
    }

    /** Where the site's entry page leads: latest/, else the draft, else the newest version. */
    public static String entryTarget(Releases releases, boolean draft) {
        String folder = releases.latest().map(tag -> LATEST)
                .orElseGet(() -> draft || releases.isEmpty() ? DRAFT : releases.versions().get(releases.versions().size() - 1).name());
        return href(folder(folder) + ENTRY_PAGE);
    }

    /**
     * versions.json: the draft first, then every version newest first, with its commit's date and aliases; {@code path}
     * is the version's folder as a relative URL (percent-encoded), {@code name} the tag as Git has it.
     */
    public static byte[] versionsJson(Releases releases, boolean draft) {
        Optional<GitTag> latest = releases.latest();
        List<Map<String, Object>> entries = new ArrayList<>();
        if (draft) {
            entries.add(entry(DRAFT, null, List.of(), false, true));
        }
        List<GitTag> versions = releases.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            GitTag version = versions.get(i);
            boolean isLatest = latest.filter(version::equals).isPresent();
            entries.add(entry(version.name(), LocalDate.ofInstant(version.date(), ZoneOffset.UTC).toString(),
                    isLatest ? List.of(LATEST) : List.of(), !Releases.isRelease(version.name()), false));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("latest", latest.map(GitTag::name).orElse(null));
        root.put("versions", entries);
        return json(root, true);
    }

    /** pages.json: the pages a version has, so the switcher keeps the reader on the same page where it can. */
    public static byte[] pagesJson(List<String> pages) {
        return json(pages.stream().sorted().toList(), false);
    }

    private static Map<String, Object> entry(String name, String date, List<String> aliases, boolean prerelease, boolean draft) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("path", href(folder(name)));
        entry.put("date", date);
        entry.put("aliases", aliases);
        entry.put("prerelease", prerelease);
        entry.put("draft", draft);
        return entry;
    }

    private static byte[] json(Object value, boolean indented) {
        try {
            return (indented ? JSON.writer(SerializationFeature.INDENT_OUTPUT) : JSON.writer()).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and maps of strings always serialize", e);
        }
    }
}
