package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.ContentKind;
import dev.playbook.testing.Golden;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the complete fixture playbook ({@code fixtures/complete/}) against its golden HTML file
 * under {@code src/test/resources/golden/pages/}, byte for byte: a page of each of the 20 kinds, the home
 * page, the three playbook pages, both guides, and the completeness, rules and search pages. Builds are
 * reproducible (the day is fixed, nothing writes a timestamp), so a golden changes only when a template,
 * the renderer or the fixture does.
 *
 * <p>When a change is meant to alter pages, rewrite the goldens and review their diff:
 * <pre>mvn -B -pl generator test -Dtest=GoldenPagesTest -Dgolden.update=true</pre>
 * (it also deletes the golden of a page the site no longer has).
 */
class GoldenPagesTest {

    private static final String GOLDEN = "pages";

    @TempDir
    static Path dir;
    static Path site;
    static Report report;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        report = new Generator().build(new BuildRequest(TestPlaybook.fixturePath("complete"), site, Optional.empty(), TestPlaybook.TODAY));
    }

    static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> goldens() throws IOException {
        Path root = Golden.ROOT.resolve(GOLDEN);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theFixtureBuildsCleanWithAPageOfEveryKind() throws IOException {
        assertEquals(List.of(), report.problems());
        List<String> pages = pages();
        for (ContentKind kind : ContentKind.values()) {
            assertTrue(pages.contains(kind.book().id() + "/" + kind.id() + ".html"), kind.id());
        }
        for (String page : List.of("index.html", "team/index.html", "leadership/index.html", "management/index.html",
                "team/guides/first-call.html", "leadership/guides/one-on-ones.html", "completeness.html", "rules.html", "search.html")) {
            assertTrue(pages.contains(page), page + " in " + pages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageMatchesItsGolden(String page) throws IOException {
        Golden.assertMatches(GOLDEN + "/" + page, Files.readString(site.resolve(page), StandardCharsets.UTF_8));
    }

    @Test
    void everyGoldenHasAPage() throws IOException {
        List<String> stale = new ArrayList<>(goldens());
        stale.removeAll(pages());
        if (Golden.updating()) {
            for (String page : stale) {
                Files.delete(Golden.ROOT.resolve(GOLDEN).resolve(page));
            }
            return;
        }
        assertEquals(List.of(), stale, "golden pages the site no longer has; rerun with -D" + Golden.UPDATE_FLAG + "=true to delete them");
    }
}
