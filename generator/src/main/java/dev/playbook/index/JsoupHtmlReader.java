package dev.playbook.index;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads any HTML as a browser would: jsoup parses it into a document (closing what was left open,
 * moving what was misplaced) and the document is reported element by element. The reference for
 * {@link StrictHtmlReader}, and what reads the pages that reader gives up on.
 */
final class JsoupHtmlReader {

    private JsoupHtmlReader() {
    }

    /** Reports {@code head} and then {@code body}, parsed as one document. */
    static void read(String head, String body, HtmlEvents events) {
        Document document = Jsoup.parse("<html>" + head + "<body>" + body + "</body></html>");
        NodeTraversor.traverse(new Reporter(events), document.child(0));
    }

    private static final class Reporter implements NodeVisitor {

        private final HtmlEvents events;

        Reporter(HtmlEvents events) {
            this.events = events;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                events.start(new ElementTag(element));
            } else if (node instanceof TextNode text) {
                // the raw text: TextNode.text() would normalise whitespace, which the handler does its own way
                String words = text.getWholeText();
                events.text(words, 0, words.length());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                events.end();
            }
        }
    }

    private record ElementTag(Element element) implements HtmlEvents.StartTag {

        @Override
        public String name() {
            return element.normalName();
        }

        @Override
        public String attr(String name) {
            return element.hasAttr(name) ? element.attr(name) : null;
        }

        @Override
        public boolean isBlock() {
            return element.isBlock();
        }
    }
}
