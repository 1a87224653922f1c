package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ContentKind;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.Playbook;
import dev.playbook.model.StructuredDocument;
import dev.playbook.source.ContentReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role pages of the sample playbook: for every role, every stage, exit criterion, buyer outcome, metric, weekly
 * target, objective and guide of that role is on its page, and nothing of another role is. What belongs to a role is
 * worked out here from the sample's YAML and front matter, not from the role view the generator builds.
 */
class RolePagesTest {

    private static final Path CONTENT = Path.of("..", "content");

    @TempDir
    static Path dir;
    static Path site;
    static Playbook sample;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(CONTENT, site, Optional.empty(), SampleSiteTest.TODAY));
        assertEquals(List.of(), report.problems());
        sample = new ContentLoader().load(new ContentReader().read(CONTENT)).playbook();
    }

    static List<String> roles() {
        return new ContentLoader().load(new ContentReader().read(CONTENT)).playbook().firstOfKind(ContentKind.ROLES).orElseThrow()
                .data().maps("roles").stream().map(r -> r.text("id").orElseThrow()).toList();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "https://example.test/" + path);
    }

    private static Element main(String path) throws IOException {
        return page(path).selectFirst("main");
    }

    private static List<MapNode> stages() {
        return sample.firstOfKind(ContentKind.SALES_PROCESS).orElseThrow().data().maps("stages");
    }

    private static boolean involves(MapNode stage, String role) {
        return stage.text("owner").orElse("").equals(role) || stage.texts("supporting").contains(role);
    }

    @ParameterizedTest
    @MethodSource("roles")
    void everyStageOfTheRoleWithItsExitCriteriaAndOutcomesAndNoOtherStage(String role) throws IOException {
        Element main = main("roles/" + role + ".html");
        List<String> expected = stages().stream().filter(s -> s.text("owner").orElse("").equals(role)).map(s -> s.text("id").orElseThrow()).toList();
        List<String> supported = stages().stream().filter(s -> !s.text("owner").orElse("").equals(role) && s.texts("supporting").contains(role))
                .map(s -> s.text("id").orElseThrow()).toList();
        List<String> shown = main.select("[data-role-part=stages] [data-role-stage]").eachAttr("data-role-stage");
        List<String> all = new ArrayList<>(expected);
        all.addAll(supported);
        assertEquals(all, shown, role + ": owned stages first, then supported ones, in process order");
        String text = main.text();
        for (MapNode stage : stages()) {
            List<String> criteria = new ArrayList<>(stage.texts("exit_criteria"));
            criteria.addAll(stage.texts("buyer_outcomes"));
            for (String criterion : criteria) {
                String plain = Jsoup.parse(criterion).text().replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
                assertEquals(involves(stage, role), text.contains(plain),
                        role + " and \"" + plain + "\" of stage " + stage.text("id").orElseThrow());
            }
        }
        assertEquals(expected.isEmpty(), main.selectFirst(".role-owns-nothing") != null,
                role + ": a role that owns no stage says so, and only such a role");
    }

    @ParameterizedTest
    @MethodSource("roles")
    void theRolesInputMetricsAndWeeklyTargetsAndNoOthers(String role) throws IOException {
        Element main = main("roles/" + role + ".html");
        MapNode pullThrough = sample.firstOfKind(ContentKind.PULL_THROUGH).orElseThrow().data();
        Set<String> ownedStages = new LinkedHashSet<>();
        stages().stream().filter(s -> s.text("owner").orElse("").equals(role)).forEach(s -> ownedStages.add(s.text("id").orElseThrow()));
        List<String> activityMetrics = pullThrough.maps("activities").stream()
                .filter(a -> ownedStages.contains(a.text("per_stage").orElse(""))).map(a -> a.text("metric").orElseThrow()).toList();
        List<String> expectedMetrics = sample.firstOfKind(ContentKind.METRICS).orElseThrow().data().maps("metrics").stream()
                .filter(m -> m.text("type").orElse("").equals("input")
                        && (m.text("owner").orElse("").equals(role) || activityMetrics.contains(m.text("id").orElseThrow())))
                .map(m -> m.text("id").orElseThrow()).toList();
        assertEquals(expectedMetrics, main.select("[data-role-part=metrics] [data-metric]").eachAttr("data-metric"), role);
        for (Element row : main.select("[data-role-part=metrics] [data-metric]")) {
            MapNode metric = sample.firstOfKind(ContentKind.METRICS).orElseThrow().data().maps("metrics").stream()
                    .filter(m -> m.text("id").orElseThrow().equals(row.attr("data-metric"))).findFirst().orElseThrow();
            assertEquals(metric.text("target").orElseThrow(), row.selectFirst(".target").text(), role + " target of " + row.attr("data-metric"));
        }
        assertEquals(activityMetrics, main.select("[data-role-part=activities] [data-activity]").eachAttr("data-activity"), role);
    }

    /** The weekly targets on a role page are the pull-through page's numbers, cell for cell. */
    @ParameterizedTest
    @MethodSource("roles")
    void weeklyTargetsEqualThePullThroughPage(String role) throws IOException {
        Element pullThrough = main("management/pull-through.html");
        for (Element row : main("roles/" + role + ".html").select("[data-role-part=activities] tr[data-activity]")) {
            String metricHref = row.selectFirst("th a").absUrl("href");
            Element same = pullThrough.select("table.pt-activities tbody tr").stream()
                    .filter(r -> r.selectFirst("th a").absUrl("href").equals(metricHref)).findFirst().orElseThrow();
            assertEquals(same.select("td").eachText(), row.select("td").eachText(), role + " " + row.attr("data-activity"));
        }
    }

    @Test
    void searchFindsARolePageByItsRoleAndEachFactWhereItIsDefined() throws IOException {
        Element main = main("roles/ae.html");
        assertEquals(List.of(), main.select("[data-role-part]:not([data-search-ignore])").eachAttr("data-role-part"),
                "every part gathered from other pages is left to those pages' index entries");
        assertFalse(main.select(".role-intro").hasAttr("data-search-ignore"), "the role itself is found here");
    }

    @Test
    void theSampleHasWeeklyTargetsForTheRolesThatOwnTheirStages() throws IOException {
        assertEquals(List.of("discovery-meetings", "tailored-demos"),
                main("roles/ae.html").select("tr[data-activity]").eachAttr("data-activity"));
        assertEquals(List.of("accounts-researched", "outbound-touches"),
                main("roles/bdr.html").select("tr[data-activity]").eachAttr("data-activity"));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void theGuidesWrittenForTheRoleInStageOrderAndNoOthers(String role) throws IOException {
        Element main = main("roles/" + role + ".html");
        List<String> stageOrder = stages().stream().map(s -> s.text("id").orElseThrow()).toList();
        // the home page's and the playbooks' introductions are front pages, not guides
        List<GuidePage> guides = sample.guides().stream().filter(g -> g.header().audience().contains(role))
                .filter(g -> !g.path().matches("((team|leadership|management)/)?index\\.md")).toList();
        List<String> shown = main.select("[data-role-part=guides] li[data-guide]").eachAttr("data-guide");
        assertEquals(guides.stream().map(GuidePage::outputPath).sorted().toList(), shown.stream().sorted().toList(), role);
        int last = -1;
        for (String url : shown) {
            GuidePage guide = guides.stream().filter(g -> g.outputPath().equals(url)).findFirst().orElseThrow();
            int first = guide.header().stages().stream().mapToInt(stageOrder::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
            assertTrue(first >= last, role + ": " + url + " comes after a guide of a later stage");
            last = first;
        }
    }

    @ParameterizedTest
    @MethodSource("roles")
    void theRolesPlanAndObjectivesAndNoOtherRoles(String role) throws IOException {
        Element main = main("roles/" + role + ".html");
        List<String> plans = main.select("[data-role-part=compensation] .comp-plan").eachAttr("id");
        boolean hasPlan = sample.firstOfKind(ContentKind.COMPENSATION).orElseThrow().data().maps("plans").stream()
                .anyMatch(p -> p.text("role").orElse("").equals(role));
        assertEquals(hasPlan ? List.of("plan-" + role) : List.of(), plans, role);

        for (MapNode objective : sample.firstOfKind(ContentKind.OKRS).orElseThrow().data().maps("objectives")) {
            boolean own = objective.text("owner").orElse("").equals(role);
            assertEquals(own, !main.select("[data-role-part=okrs] [data-objective=" + objective.text("id").orElseThrow() + "]").isEmpty(),
                    role + " and objective " + objective.text("id").orElseThrow());
        }
        StructuredDocument hiring = sample.firstOfKind(ContentKind.HIRING_FORMULA).orElseThrow();
        boolean hired = hiring.data().texts("roles").contains(role);
        boolean interviews = hiring.data().maps("characteristics").stream().anyMatch(c -> c.text("interviewer").orElse("").equals(role));
        assertEquals(hired || interviews, main.selectFirst("[data-role-part=hiring]") != null, role);
    }

    @Test
    void everyMentionOfARoleLeadsToItsPage() throws IOException {
        List<String> roles = roles();
        try (var walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                for (Element link : page(path).select("a.ref--role")) {
                    String target = link.absUrl("href").replace("https://example.test/", "");
                    assertTrue(target.matches("roles/[a-z0-9-]+\\.html") && roles.contains(target.substring(6, target.length() - 5)),
                            path + ": " + link.outerHtml());
                }
            }
        }
        for (String source : List.of("team/roles.html", "index.html")) {
            Set<String> linked = new LinkedHashSet<>();
            page(source).select("main a[href]").forEach(a -> linked.add(a.absUrl("href").replace("https://example.test/", "")));
            for (String role : roles) {
                assertTrue(linked.contains("roles/" + role + ".html"), source + " links to the page of " + role);
            }
        }
    }

    /** Texts of other pages keep working links on a role page, one folder away from where they were written. */
    @ParameterizedTest
    @MethodSource("roles")
    void everyLinkOnARolePageLands(String role) throws IOException {
        for (Element link : main("roles/" + role + ".html").select("a[href]")) {
            String target = link.absUrl("href").replace("https://example.test/", "").replaceAll("#.*", "");
            if (!target.startsWith("http")) {
                assertTrue(Files.exists(site.resolve(target)), role + ": " + link.outerHtml());
            }
        }
    }

    @Test
    void aRoleThatOwnsNothingShowsWhatItSupports() throws IOException {
        Element main = main("roles/vp-sales.html");
        assertFalse(main.select(".role-owns-nothing").isEmpty());
        assertEquals(List.of("evaluation"), main.select("[data-role-stage]").eachAttr("data-role-stage"));
        assertTrue(main.selectFirst("[data-role-stage=evaluation]").text().contains("Supporting"));
    }
}
