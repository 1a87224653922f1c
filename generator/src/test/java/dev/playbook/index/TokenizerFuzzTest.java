package dev.playbook.index;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fuzz target of the search tokenizer (issue 12). Properties: no exception, no empty or blank word, bounded time. */
class TokenizerFuzzTest {

    @FuzzTest(maxDuration = "90s")
    void searchTokenizer(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long start = System.nanoTime();
        List<String> words = new ArrayList<>();
        Tokenizer.words(text, words::add);
        Tokenizer.scan(text, words::add);
        for (String word : words) {
            assertFalse(word.isBlank(), "a blank word from " + text);
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "tokenizing took more than 10 s");
    }
}
