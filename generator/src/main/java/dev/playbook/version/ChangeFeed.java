package dev.playbook.version;

import dev.playbook.model.VersionHistory;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * {@code changes.xml}: an Atom feed (RFC 4287) of the versions, newest first, one entry per version with its
 * one-line summary and a link to its What changed page, so that reps can follow the playbook in a feed reader
 * or a chat channel. Links are relative to the feed, which sits at the site's root; ids are UUIDs made from the
 * playbook's title and the version's name, so they stay the same from build to build. Written with StAX, which
 * escapes whatever a tag name holds.
 */
public final class ChangeFeed {

    public static final String FILE_NAME = dev.playbook.model.OutputPaths.CHANGE_FEED;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private ChangeFeed() {
    }

    public static byte[] atom(String title, List<VersionHistory.Entry> newestFirst) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title + ": what changed");
            element(xml, "id", id(title, ""));
            element(xml, "updated", newestFirst.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(newestFirst.get(0).date()));
            link(xml, "self", FILE_NAME);
            xml.writeCharacters("\n");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", title);
            xml.writeEndElement();
            for (VersionHistory.Entry version : newestFirst) {
                xml.writeCharacters("\n");
                xml.writeStartElement(ATOM, "entry");
                element(xml, "title", version.name());
                element(xml, "id", id(title, version.name()));
                element(xml, "updated", timestamp(version.date()));
                link(xml, "alternate", SiteLayout.folder(version.name()) + "changes.html");
                element(xml, "summary", version.summary());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an Atom feed of strings always writes", e);
        }
        return (new String(bytes.toByteArray(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * Text XML 1.0 can hold: StAX escapes markup but writes control characters as they are, and Git allows them in a
     * tag's name; a feed reader refuses the whole file for one. Each becomes U+FFFD.
     */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return kept.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", SiteLayout.href(href));
    }

    private static String timestamp(String date) {
        return date + "T00:00:00Z";
    }

    private static String id(String title, String version) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("playbook\u0000" + title + "\u0000" + version).getBytes(StandardCharsets.UTF_8));
    }
}
