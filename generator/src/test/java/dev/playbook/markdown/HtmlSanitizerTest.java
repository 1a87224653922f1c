package dev.playbook.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitizerTest {

    private final MarkdownConverter converter = new MarkdownConverter();

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(converter.convert(markdown).html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript&#58;alert(1)\">click</a>",
            "<a href=\"&#106;avascript:alert(1)\">click</a>",
            "<a href=\"java&#x09;script:alert(1)\">click</a>",
            "<a href=\" javascript:alert(1)\">click</a>",
            "<a href=\"vbscript:msgbox(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "[click](data:text/html,<script>alert(1)</script>)"
    })
    void removesScriptUrls(String hostile) {
        Document doc = render(hostile);
        doc.select("a").forEach(a -> {
            String href = a.attr("href").replaceAll("[\\x00-\\x20]", "").toLowerCase();
            assertFalse(href.startsWith("javascript:") || href.startsWith("vbscript:") || href.startsWith("data:"),
                    "kept " + a.outerHtml() + " from " + hostile);
        });
    }

    @Test
    void removesScriptsHandlersAndFrames() {
        Document doc = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style>"
                + "<div onclick=\"alert(1)\">text</div><svg><script>alert(1)</script></svg>"
                + "<form action=\"/x\"><input type=\"text\" name=\"q\"></form>");
        assertTrue(doc.select("script, iframe, style, svg, form, input[type=text]").isEmpty(), doc.body().html());
        assertTrue(doc.select("[onerror], [onclick]").isEmpty(), doc.body().html());
        assertEquals(1, doc.select("img[src=x]").size());
    }

    @Test
    void keepsDataImagesButNotOtherDataUrls() {
        Document doc = render("![dot](data:image/png;base64,iVBORw0KGgo=)\n\n<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">");
        assertEquals("data:image/png;base64,iVBORw0KGgo=", doc.select("img").get(0).attr("src"));
        assertFalse(doc.select("img").get(1).hasAttr("src"));
    }

    @Test
    void keepsWhatMarkdownProduces() {
        Document doc = render("## Price objections\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] call back\n- [x] send summary\n\n"
                + "!!! tip \"Say it short\"\n    Lead with the buyer's words.\n\n[guide](discovery.md#questions) and [stage](../sales-process.yaml#stage-discovery)");
        assertEquals("price-objections", doc.select("h2").attr("id"));
        assertEquals(1, doc.select("table td").stream().filter(td -> td.text().equals("1")).count());
        assertEquals(2, doc.select("li input[type=checkbox][disabled]").size());
        assertEquals(1, doc.select("li input[checked]").size());
        assertTrue(doc.select(".adm-block.adm-tip").text().contains("Lead with the buyer's words."), doc.body().html());
        assertEquals("discovery.html#questions", doc.select("a").get(0).attr("href"));
        assertEquals("../sales-process.html#stage-discovery", doc.select("a").get(1).attr("href"));
    }

    @Test
    void reportsLinksWithTheirPositions() {
        var links = converter.convert("# Title\n\nSee the [guide](other.md#x) now.\n").links();
        assertEquals(1, links.size());
        assertEquals(new LinkRef("other.md#x", 3, 9), links.get(0));
    }

    @Test
    void pagesWithAndWithoutRawHtmlGiveTheSameHeadingsAndLinks() {
        String markdown = "## Price *objections*\n\nSee [guide](discovery.md#questions).\n\n### Next steps\n";
        ConvertedMarkdown plain = converter.convert(markdown);
        ConvertedMarkdown withHtml = converter.convert(markdown + "\n<b>bold</b>\n");
        assertEquals(withHtml.headings(), plain.headings());
        assertEquals(List.of(new Heading(2, "price-objections", "Price objections"), new Heading(3, "next-steps", "Next steps")),
                plain.headings());
        assertEquals(withHtml.ids(), plain.ids());
        assertEquals("discovery.html#questions", Jsoup.parseBodyFragment(plain.html()).select("a").attr("href"));
        assertEquals("discovery.html#questions", Jsoup.parseBodyFragment(withHtml.html()).select("a").attr("href"));
    }

    @Test
    void inlineTextLosesItsParagraph() {
        assertEquals("Owns <strong>pipeline</strong>", converter.convertInline("Owns **pipeline**").html());
        assertEquals("Owns <b>pipeline</b>", converter.convertInline("Owns <b>pipeline</b>").html());
    }
}
