package dev.playbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbbreviationMarkerTest {

    private final AbbreviationMarker marker = new AbbreviationMarker(
            Map.of("OTE", "On-target earnings", "AE", "Account executive", "FP&A", "Financial planning"), Optional.of("team/glossary.html"));

    private static List<String> abbrs(String html) {
        Document doc = Jsoup.parse(html);
        return doc.select("abbr").stream().map(a -> a.text() + "=" + a.attr("title") + " in " + a.parent().tagName()).toList();
    }

    @Test
    void marksTheFirstUseOfEachAbbreviationInMainOnly() {
        String html = "<html><head><title>OTE</title></head><body><nav>OTE</nav><main><h1>AE pay</h1>"
                + "<p>Your <a href=\"x.html\">OTE</a> is <code>OTE</code>, and OTE, OTE again.</p>"
                + "<p class=\"x\" data-x='a > b'>Two AEs and an AE; OTEX is not it.</p></main><footer>AE</footer></body></html>";
        String marked = marker.mark("leadership/compensation.html", html);
        assertEquals(List.of("OTE=On-target earnings in p", "AEs=Account executive in p"), abbrs(marked));
        assertEquals(Jsoup.parse(html).text(), Jsoup.parse(marked).text(), "the text a reader sees is the same");
    }

    @Test
    void leavesTheGlossaryAndPagesWithoutMainAlone() {
        String glossary = "<main><p>OTE</p></main>";
        assertEquals(glossary, marker.mark("team/glossary.html", glossary));
        String noMain = "<body><p>OTE</p></body>";
        assertEquals(noMain, marker.mark("x.html", noMain));
    }

    @Test
    void escapesTheTermInTheTitle() {
        AbbreviationMarker quoting = new AbbreviationMarker(Map.of("QA", "\"Quality\" & <assurance>"), Optional.empty());
        String marked = quoting.mark("x.html", "<main><p>QA</p></main>");
        assertEquals("<main><p><abbr title=\"&quot;Quality&quot; &amp; &lt;assurance&gt;\">QA</abbr></p></main>", marked);
    }
}
