package dev.playbook.validate;

import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ContentTree;
import dev.playbook.model.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReachabilityValidatorTest {

    private static final String FRONT = "---\ntitle: T\nowner: ae\nlast_reviewed: 2026-01-01\n---\n";

    private static Playbook playbook(String... paths) {
        List<SourceFile> sources = java.util.Arrays.stream(paths).map(p -> new SourceFile(p, FRONT)).toList();
        return new ContentLoader().load(new ContentTree(sources, List.of(), List.of())).playbook();
    }

    @Test
    void pagesNoLinkLeadsToAreReported() {
        Map<String, java.util.Set<String>> site = Map.of(
                "index.html", java.util.Set.of("team/index.html"),
                "team/index.html", java.util.Set.of("guides/a.html", "../missing.html"),
                "team/guides/a.html", java.util.Set.of("../../index.html"),
                "team/guides/b.html", java.util.Set.of("a.html"));
        List<Problem> problems = new ReachabilityValidator()
                .validate(playbook("team/guides/a.md", "team/guides/b.md"), site, "index.html");
        assertEquals(List.of("team/guides/b.md: warning [nav.unreachable] no link leads to this page from the home page or the navigation"),
                problems.stream().map(problem -> problem.headline("")).toList());
    }

    @Test
    void nothingIsReportedWhenTheHomePageDidNotRender() {
        assertEquals(List.of(), new ReachabilityValidator().validate(playbook("team/guides/a.md"),
                Map.of("team/guides/a.html", java.util.Set.of()), "index.html"));
    }
}
