package dev.playbook.architecture;

import dev.playbook.model.Setting;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Core messages name settings as tokens ({@code {force}}) that each adapter words as its own flag or
 * parameter; a token that is no {@link Setting} would reach users as written. And no core message names a
 * command-line flag, which a Maven user cannot pass.
 */
class SettingTokensTest {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "playbook");
    private static final Set<String> ADAPTERS = Set.of("cli");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?<!\\^)\\{[a-z][a-z-]*}"); // not Git's ^{commit}
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

    @Test
    void coreTextNamesSettingsOnlyAsKnownTokens() throws IOException {
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::token).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (Path file : coreSources()) {
            Matcher string = STRING.matcher(Files.readString(file));
            while (string.find()) {
                Matcher token = TOKEN.matcher(string.group(1));
                while (token.find()) {
                    if (!known.contains(token.group())) {
                        unknown.add(MAIN.relativize(file) + ": " + token.group());
                    }
                }
                if (FLAG.matcher(string.group(1)).find()) {
                    flags.add(MAIN.relativize(file) + ": \"" + string.group(1) + "\"");
                }
            }
        }
        assertEquals(List.of(), unknown);
        assertEquals(List.of(), flags, "name the setting as a token, such as {force}, so each adapter words it");
    }

    private static List<Path> coreSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !ADAPTERS.contains(MAIN.relativize(file).getName(0).toString()))
                    .sorted().toList();
        }
    }
}
