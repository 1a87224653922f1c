package dev.playbook.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Tokenizer.words(text, words::add);
        return words;
    }

    @Test
    void lowerCasesAndSplitsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("exit", "criteria", "stage", "3x", "4x", "coverage"),
                words("Exit-criteria (Stage 3x/4x) coverage."));
    }

    @Test
    void dropsApostrophesStopwordsAndSingleCharacters() {
        assertEquals(List.of("reps", "buyer", "proposal"), words("The rep's buyer, a proposal & I"));
        assertEquals(List.of("buyers", "champion"), words("buyers\u2019 champion"));
    }

    @Test
    void keepsLettersOutsideAscii() {
        assertEquals(List.of("équipe", "größe"), words("Équipe GRÖSSE".replace("SS", "ß").replace("ß", "ß")));
    }

    @Test
    void readsLettersBeyondTheBasicPlaneAsOneCharacter() {
        assertEquals(List.of("exit", "criteria", "équipe", "größe", "3x", "\uD835\uDC00bc", "reps"),
                words("Exit-CRITERIA équipe GRÖßE 3x \uD835\uDC00bc rep's"));
    }
}
