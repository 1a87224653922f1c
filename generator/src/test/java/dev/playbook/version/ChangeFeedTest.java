package dev.playbook.version;

import dev.playbook.model.VersionHistory;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeFeedTest {

    @Test
    void aTagNameWithAControlCharacterStillGivesAFeedThatParses() throws Exception {
        byte[] feed = ChangeFeed.atom("Sales <Playbook> & co",
                List.of(new VersionHistory.Entry("v1.0\u0001-beta", "2026-11-30", 2, "2 guides edited")));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        // the second title is the entry's
        assertEquals("v1.0\uFFFD-beta", xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent());
        assertEquals("Sales <Playbook> & co: what changed",
                xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
    }
}
