package dev.playbook.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Glossary#uses} scans by hand for speed; it must find exactly what its pattern says. */
class GlossaryUsesTest {

    /** The rule as a pattern: what {@link Glossary#uses} finds by hand. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}&])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\\p{L}\\p{Nd}&])");

    @Test
    void findsAbbreviationsAsTheyStandInProse() {
        assertEquals(List.of(new Glossary.Use(4, "AEs", "AE"), new Glossary.Use(14, "FP&A", "FP&A"), new Glossary.Use(23, "B2B", "B2B")),
                Glossary.uses("Our AEs, with FP&A, do B2B."));
        assertEquals(List.of(), Glossary.uses("Type II, AEx, xAE, AE&, AE1x, A, Ab, ÉAE, AEé, 2AE, 𝐀AE"),
                "none stands alone as capitals (𝐀 is a letter outside the BMP, which the pattern's look-behind misses)");
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        String alphabet = "ABCIVXs s&12aé.,-_\n\t()ÄŞ"; // within the BMP: see above for letters outside it
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            while (text.length() < length) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertEquals(byPattern(text.toString()), Glossary.uses(text), () -> "for \"" + text + "\"");
        }
    }

    private static List<Glossary.Use> byPattern(String text) {
        List<Glossary.Use> uses = new ArrayList<>();
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            if (Glossary.isAbbreviation(m.group(1))) {
                uses.add(new Glossary.Use(m.start(), m.group(), m.group(1)));
            }
        }
        return uses;
    }
}
