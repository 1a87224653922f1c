package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.ContentKind;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the repository's sample playbook once and checks the structure of every kind of page. */
class SampleSiteTest {

    private static final Path CONTENT = Path.of("..", "content");
    /** The sample was last reviewed in autumn 2026; judge its freshness as of then, not as of the test run. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 24);

    @TempDir
    static Path dir;
    static Path site;
    static Report report;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        report = new Generator().build(new BuildRequest(CONTENT, site, Optional.empty(), TODAY));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** Every page a reader browses to; the 404 page, shown at any address, has a test of its own. */
    static List<String> allPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString())
                    .filter(p -> !p.equals("404.html")).sorted().toList();
        }
    }

    @Test
    void samplePlaybookIsCleanAndLarge() throws IOException {
        assertEquals(List.of(), report.problems(), "the sample playbook passes check with no warnings");
        assertTrue(allPages().size() >= 30, "at least 30 pages: " + allPages().size());
    }

    @Test
    void theGlossaryListsEveryTermWithItsNamesAndTheFirstUseOfAnAbbreviationIsExplained() throws IOException {
        Document glossary = page("team/glossary.html");
        Element ote = glossary.getElementById("term-on-target-earnings");
        assertEquals("On-target earnings", ote.attr("data-search-section"));
        assertEquals("../leadership/compensation.html#plan-ae", ote.attr("data-search-see"));
        assertEquals(List.of("On-target earnings", "OTE", "total target pay", "target compensation", "base and variable", "pay mix",
                "commission split"), ote.select("[data-search-name]").eachText());
        assertTrue(glossary.select("main abbr:not([data-search-name])").isEmpty(), "the glossary's own text is not marked");

        Document roles = page("team/roles.html");
        assertEquals(List.of("Business development rep"), roles.select("main abbr").stream()
                .filter(a -> a.text().startsWith("BDR")).map(a -> a.attr("title")).toList(), "only the first use");
        assertTrue(roles.select("nav abbr, header abbr, main a abbr").isEmpty(), "chrome and links are left alone");
    }

    @Test
    void everyKindHasAPage() {
        for (ContentKind kind : ContentKind.values()) {
            assertTrue(Files.exists(site.resolve(switch (kind.book()) {
                case TEAM -> "team/";
                case LEADERSHIP -> "leadership/";
                case MANAGEMENT -> "management/";
            } + kind.id() + ".html")), kind.id());
        }
    }

    @ParameterizedTest
    @MethodSource("allPages")
    void everyPageHasTheChrome(String path) throws IOException {
        Document doc = page(path);
        assertEquals("en", doc.select("html").attr("lang"));
        assertFalse(doc.title().isBlank(), "title");
        assertEquals(1, doc.select("h1").size(), "one h1");
        assertEquals(1, doc.select("main").size(), "a main landmark");
        assertEquals(3, doc.select("nav.site-nav .nav-section").size(), "navigation by the three playbooks");
        assertEquals(1, doc.select("link[rel=stylesheet][media=print]").size(), "a print stylesheet");
        assertFalse(doc.select("meta[name=viewport]").isEmpty(), "responsive");
        for (Element external : doc.select("link[href], script[src], img[src], iframe, source[src]")) {
            String url = external.hasAttr("href") ? external.attr("href") : external.attr("src");
            assertFalse(url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//"),
                    "no request to another host: " + external.outerHtml());
        }
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#") || href.startsWith("http") || href.startsWith("mailto:")) {
                continue;
            }
            String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            Path target = site.resolve(path).getParent() == null ? site.resolve(file) : site.resolve(path).getParent().resolve(file);
            assertTrue(Files.exists(target.normalize()), path + " links to a missing page: " + href);
        }
        if (!path.equals("index.html")) {
            assertEquals("Home", doc.select("nav.breadcrumbs li").first().text(), "breadcrumbs start at home");
        }
    }

    @Test
    void contentPagesShowOwnerAndLastReviewed() throws IOException {
        for (String path : List.of("team/sales-process.html", "team/guides/discovery-call.html", "management/metrics.html")) {
            Element meta = page(path).selectFirst("p.page-meta");
            assertTrue(meta != null && meta.text().contains("Owner") && !meta.select("time[datetime]").isEmpty(), path);
        }
    }

    @Test
    void salesProcessShowsEachStageAsAStepWithOwnerHandoffAndChecklist() throws IOException {
        Document doc = page("team/sales-process.html");
        List<String> stageIds = doc.select("section.stage[id^=stage-]").eachAttr("id");
        assertEquals(List.of("stage-prospecting", "stage-connect", "stage-discovery", "stage-solution-fit",
                "stage-evaluation", "stage-closed-won", "stage-closed-lost", "stage-onboarding"), stageIds);
        assertEquals(stageIds.size() - 1, doc.select("ol.stage-flow > li").size(), "the flow diagram has a step per stage but the lost one");
        assertEquals(List.of("Closed-Lost"), doc.select(".stage-exits a").eachText(), "the lost stage sits apart, where deals end");
        for (Element stage : doc.select("section.stage")) {
            assertFalse(stage.select("a.ref--role[href^=../roles/]").isEmpty(), stage.id() + " names its owner");
            assertTrue(stage.select("ul.exit-criteria li").size() >= 2, stage.id() + " lists its exit criteria");
            assertFalse(stage.select(".stage__block--handoff").text().isBlank(), stage.id() + " shows its handoff trigger");
        }
        Element discovery = doc.getElementById("stage-discovery");
        assertFalse(discovery.select("ul.buyer-outcomes li").isEmpty(), "opportunity stages show buyer-verifiable outcomes");
        assertTrue(discovery.select(".stage__block--guides a").eachAttr("href").stream().anyMatch(h -> h.endsWith("guides/discovery-call.html")),
                "the stage links the guides that name it");
    }

    @Test
    void rolesAndMetricsHaveAnchorsOtherPagesLinkTo() throws IOException {
        Document roles = page("team/roles.html");
        assertFalse(roles.select("table.roles tr#role-ae").isEmpty());
        Document metrics = page("management/metrics.html");
        assertFalse(metrics.select("#metric-pipeline-coverage").isEmpty());
        assertTrue(metrics.getElementById("metric-pipeline-coverage").text().contains("3.6x"), "target shown");
    }

    @Test
    void successMapIsATreeOfResultsObjectivesAndActivities() throws IOException {
        Document doc = page("management/success-map.html");
        assertFalse(doc.select("ul.success-map > li.sm-result").isEmpty());
        for (Element result : doc.select("li.sm-result")) {
            assertFalse(result.select("li.sm-objective").isEmpty(), "every result has objectives");
        }
        for (Element activity : doc.select("li.sm-activity")) {
            assertFalse(activity.select("a.ref--metric[href*=metrics.html#metric-]").isEmpty(), "activities link their input metric");
        }
    }

    @Test
    void pullThroughShowsTheComputedModel() throws IOException {
        Document doc = page("management/pull-through.html");
        assertTrue(doc.select(".coverage").text().contains("3.6"), doc.select(".coverage").text());
        assertFalse(doc.select(".coverage.is-in-range").isEmpty(), "coverage 1/0.28 lies in 3-4x");
        assertTrue(doc.select("ol.funnel > li").size() >= 4, "a funnel step per stage");
        assertTrue(doc.selectFirst(".kpi:contains(deals per year)").text().startsWith("25 "),
                "deals per year: 900,000 / 36,000 = 25, " + doc.selectFirst(".kpi:contains(deals per year)").text());
    }

    @Test
    void hiringScorecardShowsWeights() throws IOException {
        Document doc = page("leadership/hiring-formula.html");
        String text = doc.select("main").text();
        assertTrue(text.contains("25%") || text.contains("25 %"), text);
        assertEquals(5, doc.select(".bar__fill").size(), "a weight bar per characteristic");
    }

    @Test
    void reportingShowsDashboardAndQuarterlyReviewTables() throws IOException {
        Document doc = page("management/reporting.html");
        assertFalse(doc.select("table.dashboard tbody tr").isEmpty());
        assertFalse(doc.select("table.review-template tbody tr").isEmpty());
        assertFalse(doc.select("table.cadence tbody tr").isEmpty());
    }

    @Test
    void guidesRenderMarkdownWithTableOfContents() throws IOException {
        Document doc = page("team/guides/discovery-call.html");
        assertFalse(doc.select("main h2[id]").isEmpty(), "headings have ids");
        assertFalse(doc.select("main table").isEmpty() && doc.select("main li input[type=checkbox]").isEmpty());
        org.jsoup.select.Elements toc = doc.select(".toc a[href^=#]");
        assertFalse(toc.isEmpty(), "a table of contents");
        assertEquals(List.of("Home", "Team playbook"), doc.select("nav.breadcrumbs li a").eachText());
    }

    @Test
    void theNotFoundPageLinksFromTheRootOfTheHostAndStaysOutOfSearch() throws IOException {
        Document doc = page("404.html");
        assertEquals("Page not found", doc.selectFirst("h1").text());
        assertEquals("/assets/playbook.css", doc.selectFirst("link[rel=stylesheet]").attr("href"),
                "a host shows it at any depth, so its links cannot be relative");
        for (Element link : doc.select("main a[href]")) {
            assertTrue(link.attr("href").startsWith("/") && Files.exists(site.resolve(link.attr("href").substring(1))), link.outerHtml());
        }
        assertTrue(doc.selectFirst("main").hasAttr("data-search-exclude"));
    }

    @Test
    void thePageHeaderIsTitleOneMetaLineAudienceChipsAndSummary() throws IOException {
        Document doc = page("team/roles.html");
        org.jsoup.nodes.Element header = doc.selectFirst("main .page-header");
        assertEquals(List.of("h1", "p", "details", "div"), header.children().stream().map(Element::tagName).toList(),
                "title, meta line, the audience folded (this page is for more than three roles), summary");
        org.jsoup.nodes.Element few = page("team/guides/discovery-call.html").selectFirst("main .page-header");
        assertEquals(List.of("h1", "p", "div", "div"), few.children().stream().map(Element::tagName).toList());
        assertTrue(few.selectFirst("div.page-audience").text().startsWith("Written for "), few.outerHtml());
        // both review states are in the page (assets/review.js shows the one true on the reader's date); one shows
        org.jsoup.nodes.Element meta = header.selectFirst("p.page-meta").clone();
        meta.select("[hidden]").remove();
        assertTrue(meta.text().matches("Owner: .+ · Last reviewed: \\d+ \\w+ \\d{4} (Up to date|Review overdue)"), meta.text());
        assertEquals(1, header.select("p.page-meta .review-overdue[hidden], p.page-meta .review-current[hidden]").size());
        assertTrue(header.selectFirst("details.page-audience > summary").text().matches("Written for \\d+ roles"));
        assertFalse(header.select("details.page-audience .chips .chip a[href]").isEmpty());
        assertTrue(doc.select(".page-eyebrow").isEmpty(), "the breadcrumb already names the playbook");
    }

    @Test
    void longStructuredPagesHaveTheirOwnContents() throws IOException {
        Document process = page("team/sales-process.html");
        List<String> stages = process.select("section.stage").eachAttr("id");
        assertEquals(stages.stream().map(id -> "#" + id).toList(), process.select(".toc a").eachAttr("href"), "a contents entry per stage");
        Document metrics = page("management/metrics.html");
        List<String> targets = metrics.select(".toc a").eachAttr("href");
        assertTrue(targets.contains("#category-activity") && targets.stream().anyMatch(t -> t.startsWith("#metric-")), targets.toString());
        for (String target : targets) {
            assertFalse(metrics.select(target.replace(".", "\\.")).isEmpty(), target);
        }
    }

    @Test
    void pagesLeadToThePreviousAndNextPageOfTheirPlaybook() throws IOException {
        Document journey = page("team/buyer-journey.html");
        assertTrue(journey.select(".page-neighbours a[rel=prev]").isEmpty(), "the first page of the team playbook");
        assertEquals("../team/sales-process.html", journey.selectFirst(".page-neighbours a[rel=next]").attr("href"));
        Document process = page("team/sales-process.html");
        assertEquals("../team/buyer-journey.html", process.selectFirst(".page-neighbours a[rel=prev]").attr("href"));
        List<String> navOrder = page("index.html").select(".nav-section[data-nav-group=team] a").eachAttr("href").stream()
                .filter(h -> !h.endsWith("index.html")).toList();
        String last = navOrder.get(navOrder.size() - 1);
        Document lastPage = page(last);
        assertTrue(lastPage.select(".page-neighbours a[rel=next]").isEmpty(), "the last page of the playbook: " + last);
        Path previous = site.resolve(last).getParent().resolve(lastPage.selectFirst(".page-neighbours a[rel=prev]").attr("href")).normalize();
        assertEquals(site.resolve(navOrder.get(navOrder.size() - 2)).normalize(), previous, "the page before it in the navigation");
    }

    @Test
    void theNavigationGroupsGuidesApart() throws IOException {
        Document guide = page("team/guides/discovery-call.html");
        org.jsoup.nodes.Element team = guide.selectFirst(".nav-section[data-nav-group=team]");
        assertTrue(team.hasClass("is-current"));
        org.jsoup.nodes.Element guides = team.selectFirst("details.nav-guides");
        assertTrue(guides.hasAttr("open"), "the reader's guide is shown");
        assertFalse(guides.select("a[aria-current=page]").isEmpty());
        assertTrue(team.select("> .nav-section__body > .nav-section__pages a[href*=guides/]").isEmpty(), "no guide among the structured pages");
        assertFalse(page("team/sales-process.html").selectFirst(".nav-section[data-nav-group=team] details.nav-guides").hasAttr("open"));
    }

    @Test
    void homeListsTheThreePlaybooks() throws IOException {
        Document doc = page("index.html");
        String text = doc.select("main").text();
        assertTrue(text.contains("Team playbook") && text.contains("Leadership playbook") && text.contains("Sales management playbook"), text);
    }

}
