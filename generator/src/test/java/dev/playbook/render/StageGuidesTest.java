package dev.playbook.render;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A stage lists the guides written for it first, then by their order and title; then those that only touch it. */
class StageGuidesTest {

    @TempDir
    Path dir;

    @Test
    void guidesWrittenForTheStageComeFirstThenByOrderAndTitle() throws IOException {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        playbook.write("team/guides/aa-also-discovery.md", guide("Also touches discovery", "[proposal, discovery]", ""));
        playbook.write("team/guides/zz-second.md", guide("Zebra questions", "[discovery]", "order: 2\n"));
        playbook.write("team/guides/mm-first.md", guide("Mapping the buyer", "[discovery]", "order: 1\n"));
        playbook.write("team/guides/bb-untitled-order.md", guide("Before the meeting", "[discovery]", ""));
        Path out = dir.resolve("site");
        Report report = new Generator().build(new BuildRequest(playbook.root(), out, Optional.empty(), playbook.today()));
        assertFalse(report.hasErrors(), report.problems().toString());

        List<String> listed = Jsoup.parse(out.resolve("team/sales-process.html").toFile())
                .select("#stage-discovery .stage-guides a").eachText();
        assertEquals(List.of("Mapping the buyer", "Zebra questions", "Before the meeting", "First call", "Also touches discovery"), listed);
    }

    private static String guide(String title, String stages, String more) {
        return "---\ntitle: " + title + "\nowner: ae\nlast_reviewed: 2026-01-15\nstages: " + stages + "\n" + more
                + "summary: A guide.\n---\nText.\n";
    }
}
