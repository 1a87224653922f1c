package dev.playbook.render;

import dev.playbook.model.MapNode;
import dev.playbook.testing.TestPlaybook;
import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Playbook;
import dev.playbook.source.ContentReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quarterly review template and the hiring formula print as forms: a block per area or characteristic, made from
 * their YAML, with blank fields to write in, starting on a page of their own in print.
 */
class PrintFormsTest {

    private static final Path CONTENT = Path.of("..", "content");

    @TempDir
    static Path dir;
    static Path site;
    static Playbook sample;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        new Generator().build(new BuildRequest(CONTENT, site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
        sample = new ContentLoader().load(new ContentReader().read(CONTENT)).playbook();
    }

    private static Element form(String page, String id) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8").getElementById(id);
    }

    @Test
    void theQuarterlyReviewTemplateIsAFormWithABlockPerArea() throws IOException {
        List<MapNode> areas = sample.firstOfKind(ContentKind.REPORTING).orElseThrow().data().maps("review_template");
        Element form = form("management/reporting.html", "review-form");
        List<Element> blocks = form.select(".form-block");
        assertEquals(areas.size(), blocks.size());
        for (int i = 0; i < areas.size(); i++) {
            Element block = blocks.get(i);
            assertTrue(block.selectFirst("h3").text().endsWith(areas.get(i).text("area").orElseThrow()));
            assertTrue(block.text().contains(areas.get(i).text("question").orElseThrow()));
            assertEquals(List.of("Finding", "Decision"), block.select(".form-field--tall").stream()
                    .map(f -> f.parent().previousElementSibling().text().replaceAll(" \\(.*", "")).toList());
            assertTrue(block.select(".form-field").stream().allMatch(f -> f.text().isEmpty()), "the fields are blank");
        }
        assertEquals(4, form.select(".form-header .form-field").size(), "quarter, team, date, attendees");
    }

    @Test
    void theHiringFormulaIsAScorecardWithABlockPerCharacteristic() throws IOException {
        MapNode formula = sample.firstOfKind(ContentKind.HIRING_FORMULA).orElseThrow().data();
        Element form = form("leadership/hiring-formula.html", "scorecard");
        List<Element> blocks = form.select(".form-block");
        assertEquals(formula.maps("characteristics").size(), blocks.size());
        int scale = formula.maps("scoring_scale").size();
        for (int i = 0; i < blocks.size(); i++) {
            MapNode characteristic = formula.maps("characteristics").get(i);
            Element block = blocks.get(i);
            assertTrue(block.selectFirst("h3").text().startsWith(characteristic.text("name").orElseThrow()));
            assertEquals(characteristic.texts("questions").size(), block.select(".form-questions li").size());
            assertEquals(scale, block.select(".form-scale .checkbox").size(), "a box per point of the scale");
            assertEquals(1, block.select(".form-field--tall").size(), "room for the evidence");
        }
        assertTrue(form.selectFirst(".form-total").text().contains("Weighted total"));
    }

    @Test
    void inPrintEachFormStartsOnAPageOfItsOwn() throws IOException {
        String print = Files.readString(Path.of("..", "themes", "default", "assets", "print.css"));
        assertTrue(print.contains(".print-form { break-before: page; }"), "print.css starts forms on a new page");
    }
}
