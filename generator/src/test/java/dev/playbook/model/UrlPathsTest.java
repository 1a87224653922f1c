package dev.playbook.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The one percent-encoder (issue 12): what it keeps, what it encodes, and that decoding gives the path back. */
class UrlPathsTest {

    @Test
    void aPathWithSpacesAndAccentsIsEncodedSegmentBySegmentAsUtf8() {
        assertEquals("team/guides/R%C3%A9union%20de%20d%C3%A9couverte.html", UrlPaths.path("team/guides/Réunion de découverte.html"));
        assertEquals("%E6%97%A5%E6%9C%AC/%F0%9F%93%9E.md", UrlPaths.path("日本/\uD83D\uDCDE.md"), "beyond the BMP: four bytes");
    }

    @Test
    void asciiNamesEncodeToThemselvesAsTheSameString() {
        String path = "team/guides/discovery-call_v2.html";
        assertSame(path, UrlPaths.path(path), "nearly every name: no copy made");
        assertEquals("a/b~c!d'e(f)g*h.i-j_k", UrlPaths.path("a/b~c!d'e(f)g*h.i-j_k"), "unreserved characters and ! ' ( ) * are kept");
    }

    @Test
    void theOtherSubDelimitersAndGenDelimitersAreEncoded() {
        // + is a space to some hosts, ; starts path parameters, : in a first segment makes a scheme
        assertEquals("a%2Bb%3Bc%3Ad%3De%26f%24g%2Ch%40i%23j%3Fk%25l%20m", UrlPaths.segment("a+b;c:d=e&f$g,h@i#j?k%l m"));
        assertEquals("v1.0%2Fx", UrlPaths.segment("v1.0/x"), "a segment's own slash is encoded");
        assertEquals("%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5D", UrlPaths.segment("\"<>\\^`{|}[]"));
    }

    @Test
    void theKeptCharactersAreExactlyThoseEncodeUriComponentKeeps() {
        // ECMAScript: encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) as they are, and nothing else
        String kept = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()";
        for (char c = 0x20; c < 0x7f; c++) {
            String one = String.valueOf(c);
            String expected = kept.indexOf(c) >= 0 ? one : String.format("%%%02X", (int) c);
            assertEquals(expected, UrlPaths.segment(one), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aVersionFolderWithHashStaysOnePathAndAPageLinkKeepsItsFragment() {
        assertEquals("v1.0.0-r%231/changes.html", UrlPaths.path("v1.0.0-r#1/changes.html"));
        assertEquals("team/sales%20process.html#stage-discovery", UrlPaths.link("team/sales process.html#stage-discovery"));
        assertEquals("guide.html#pr%C3%A9paration", UrlPaths.link("guide.html#préparation"), "the fragment is encoded like a segment");
        assertEquals("#apr%C3%A8s-lappel", UrlPaths.link("#après-lappel"));
    }

    @Test
    void decodingGivesThePathBackAndReadsMalformedEscapesAsBrowsersDo() {
        for (String path : new String[] {"team/guides/Réunion de découverte.html", "a+b;c:d%e#f", "日本/\uD83D\uDCDE.md", ""}) {
            assertEquals(path, UrlPaths.decode(UrlPaths.path(path)));
        }
        assertEquals("100%.md", UrlPaths.decode("100%.md"), "a % without two hex digits is a %");
        assertEquals("a%zz b", UrlPaths.decode("a%zz%20b"), "one malformed escape does not stop the others");
        assertEquals("a+b", UrlPaths.decode("a+b"), "a plus is a plus in a path, not a space");
        assertEquals("é", UrlPaths.decode("%c3%a9"), "lower-case hex digits");
        assertEquals("caf\uFFFD", UrlPaths.decode("caf%C3"), "a cut UTF-8 sequence is a replacement character, not an exception");
    }

    @Test
    void everyByteOfANameIsEncodedOnceAndOnlyOnce() {
        String name = "Réunion de découverte — 2ᵉ partie.md";
        String encoded = UrlPaths.segment(name);
        assertEquals(name, new String(UrlPaths.decode(encoded).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(encoded, UrlPaths.segment(UrlPaths.decode(encoded)), "decode then encode gives the same URL");
        assertFalse(encoded.contains("%25"), "nothing encoded twice");
    }
}
