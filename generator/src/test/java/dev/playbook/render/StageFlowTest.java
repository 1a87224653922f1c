package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Closed stages: a won one leads on to the customer stages, a lost one ends the deal and sits apart from the flow. */
class StageFlowTest {

    @TempDir
    Path dir;

    private static final String LOST = "  - id: closed-lost\n    name: Closed lost\n    type: closed\n"
            + "    definition: The buyer chose another way.\n    owner: ae\n    handoff_trigger: The buyer said no.\n"
            + "    exit_criteria:\n      - The loss reason is in the CRM\n";

    @Test
    void theFirstClosedStageIsWonAndALaterOneLostByDefault() throws IOException {
        Document page = build(playbook -> playbook.replace("team/sales-process.yaml", "  - id: onboarding\n", LOST + "  - id: onboarding\n"));
        assertEquals(List.of("Prospecting", "Discovery", "Proposal", "Closed won", "Onboarding"),
                page.select(".stage-flow .stage-flow__name").eachText(), "the forward flow leaves the lost stage out");
        assertEquals(List.of("Closed lost"), page.select(".stage-exits a").eachText());
        assertEquals("Next: Onboarding", page.select("#stage-closed-won .stage__nav a").first().text(), "won goes on to the customer");
        assertEquals(List.of("Back to top"), page.select("#stage-closed-lost .stage__nav a").eachText(), "lost leads nowhere");
        assertEquals("A deal that reaches this stage ends here.", page.select("#stage-closed-lost .stage__end").text());
    }

    @Test
    void anOutcomeSaysWhichIsWhich() throws IOException {
        Document page = build(playbook -> playbook
                .replace("team/sales-process.yaml", "    name: Closed won\n    type: closed\n", "    name: Closed won\n    type: closed\n    outcome: lost\n"));
        assertEquals(List.of("Closed won"), page.select(".stage-exits a").eachText());
        assertEquals("Next: Onboarding", page.select("#stage-proposal .stage__nav a").first().text(), "the flow skips the lost stage");
    }

    private Document build(java.util.function.Consumer<TestPlaybook> edit) throws IOException {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        edit.accept(playbook);
        Path out = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), out, Optional.empty(), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());
        return Jsoup.parse(out.resolve("team/sales-process.html").toFile());
    }
}
