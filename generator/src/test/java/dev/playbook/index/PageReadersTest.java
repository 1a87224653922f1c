package dev.playbook.index;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strict reader against jsoup: on every page of the sample it must read (the default theme writes
 * nothing it gives up on) and give the index exactly what jsoup gives; on HTML a browser would read
 * differently from its nesting it must give up, and the extractor then gives jsoup's reading.
 */
class PageReadersTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildSample() {
        site = dir.resolve("site");
        new Generator().build(new BuildRequest(Path.of("..", "content"), site, Optional.empty(), TestPlaybook.SAMPLE_TODAY));
    }

    @Test
    void everySamplePageIsReadStrictlyAndAsJsoupReadsIt() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 30, "pages: " + pages.size());
        PageExtractor extractor = new PageExtractor(new Stems());
        int indexed = 0;
        for (Path file : pages) {
            String path = site.relativize(file).toString();
            String html = Files.readString(file);
            int mainStart = html.indexOf("<main");
            if (mainStart >= 0) {
                String main = html.substring(mainStart, html.lastIndexOf("</main>") + 7);
                new StrictHtmlReader().read(main, new Recorder()); // throws NotStrict, naming the markup, if it gives up
            }
            Optional<IndexedPage> strict = extractor.extract(path, html, true);
            Optional<IndexedPage> jsoup = extractor.extract(path, html, false);
            assertEquals(describe(jsoup), describe(strict), path);
            indexed += strict.isPresent() ? 1 : 0;
        }
        assertTrue(indexed >= 30, "indexed pages: " + indexed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<main><p>Open paragraph<div>block inside it</div></p></main>",
            "<main><p>left open<h2 id='x'>Heading</h2></main>",
            "<main><h2 id='a'>One<h3 id='b'>Two</h3></h2></main>",
            "<main><ul><li>one<li>two</ul></main>",
            "<main><b><i>crossed</b></i></main>",
            "<main><table><tr><td>a</td></tr>stray text</table></main>",
            "<main><svg><p>html in svg</p></svg></main>",
            "<main><div/>not closed in HTML</main>",
            "<main><a href='a'>one <a href='b'>two</a></a></main>",
            "<main><p>nul\0char</p></main>",
            "<main><template><p>a template</p></template></main>",
            "<main><p>unclosed <!-- comment</p></main>",
            "<main><p>a</p></br></main>",
            // found by review: each is read differently by a browser than its nesting says
            "<main><p data-search-field>intro<li>item</li></p></main>",
            "<main><td data-search-field>orphan</td></main>",
            "<main><col id=s data-search-section=S></main>",
            "<main><table><tr><td data-search-field>alpha<td>beta</td></td></tr></table></main>",
            "<main><h2 id=a>Aye</h2><table><tr><td>xray</td></tr><h2 id=h>Hotel</h2></table></main>",
            "<main><button data-search-field>alpha<button>beta</button>gamma</button></main>",
            "<main><form data-search-field>alpha<form>beta</form>gamma</form></main>",
            "<main><nobr data-search-field>alpha<nobr>beta</nobr>gamma</nobr></main>",
            "<main><ruby><rp data-search-ignore><rb>x</rb>secret words</rp></ruby></main>",
            "<main><p>alpha<!-- x --!>visible words -->beta</p></main>",
            "<main><svg><script>hidden words</script></svg></main>",
            "<main><svg><foreignObject><script>hidden words</script></foreignObject></svg></main>",
            "<main><svg><foreignObject><section>alpha</section><section>beta</section></foreignObject></svg></main>",
            "<main>&#0;</main>",
    })
    void givesUpWhereABrowserWouldReadItDifferently(String main) {
        assertThrows(StrictHtmlReader.NotStrict.class, () -> new StrictHtmlReader().read(main, new Recorder()));
        PageExtractor extractor = new PageExtractor(new Stems());
        String html = "<html><head><meta name='search:kind' content='guide'></head><body>" + main + "</body></html>";
        assertEquals(describe(extractor.extract("p.html", html, false)), describe(extractor.extract("p.html", html, true)));
    }

    @Test
    void readsWhatCleanHtmlMayHold() {
        String main = "<main id=m>\n<!-- a comment with <b>tags</b> -->"
                + "<H2 ID=\"s\" CLASS=x>Caf&eacute; &amp; tea</H2>"
                + "<p title='a &quot;quoted&quot; value' data-x=unquoted>one<br>two &lt;three&gt; a < b</p>"
                + "<script>if (a < b) { document.write('<p>not text</p>'); }</script>"
                + "<style>p > b { color: red }</style>"
                + "<textarea>keep &amp; this</textarea>"
                + "<img src=x.png alt=''/><input type=checkbox disabled>"
                + "<svg viewBox='0 0 1 1'><path d='M0 0'/><text>label</text></svg>"
                + "<table><tr><td>cell</td></tr></table>"
                + "</main>";
        Recorder recorder = new Recorder();
        new StrictHtmlReader().read(main, recorder);
        assertEquals(List.of("<main id=m>", "<h2 class=x id=s>", "Café & tea", "</>",
                "<p data-x=unquoted title=a \"quoted\" value>", "one", "<br>", "</>", "two <three> a < b", "</>",
                "<script>", "</>", "<style>", "</>", "<textarea>", "keep & this", "</>", "<img alt= src=x.png>", "</>",
                "<input disabled= type=checkbox>", "</>",
                "<svg viewbox=0 0 1 1>", "<path d=M0 0>", "</>", "<text>", "label", "</>", "</>",
                "<table>", "<tr>", "<td>", "cell", "</>", "</>", "</>", "</>"), recorder.events);
        PageExtractor extractor = new PageExtractor(new Stems());
        String html = "<html><head></head><body>" + main + "</body></html>";
        assertEquals(describe(extractor.extract("p.html", html, false)), describe(extractor.extract("p.html", html, true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;&nbsp;f", "&copy; 2026", "&#8212; &#x2014;",
            "AT&T", "&amp", "&ampx;", "&amp;&amp;", "trailing &", "&lt;&unknown;&gt;"})
    void decodesReferencesAsJsoupDoes(String text) {
        for (boolean inAttribute : new boolean[] {false, true}) {
            assertEquals(org.jsoup.parser.Parser.unescapeEntities(text, inAttribute), StrictHtmlReader.decode(text, inAttribute), text);
        }
    }

    /** The events of a reader, as short strings; whitespace-only text left out. */
    private static final class Recorder implements HtmlEvents {
        final List<String> events = new ArrayList<>();

        @Override
        public void start(StartTag tag) {
            Map<String, String> attributes = new TreeMap<>();
            for (String name : List.of("id", "class", "title", "data-x", "src", "alt", "type", "disabled", "viewbox", "d")) {
                if (tag.attr(name) != null) {
                    attributes.put(name, tag.attr(name));
                }
            }
            StringBuilder s = new StringBuilder("<").append(tag.name());
            attributes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
            events.add(s.append('>').toString());
        }

        @Override
        public void end() {
            events.add("</>");
        }

        @Override
        public void text(String text, int from, int to) {
            String t = text.substring(from, to);
            if (!t.isBlank()) {
                events.add(t);
            }
        }
    }

    /** Everything the index keeps of a page, comparable with equals. */
    private static String describe(Optional<IndexedPage> page) {
        if (page.isEmpty()) {
            return "(not indexed)";
        }
        IndexedPage p = page.get();
        Map<String, List<Integer>> counts = new TreeMap<>();
        for (int i = 0; i < p.terms().stems().length; i++) {
            List<Integer> perField = new ArrayList<>();
            for (Field field : Field.values()) {
                perField.add(p.terms().count(i, field));
            }
            counts.put(p.terms().stems()[i], perField);
        }
        return "title " + p.title() + "\nsections " + p.sections() + "\nfacets " + p.terms().facets()
                + "\nlengths " + java.util.Arrays.toString(p.terms().lengths()) + "\ncounts " + counts;
    }
}
