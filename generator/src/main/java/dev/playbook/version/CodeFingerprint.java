package dev.playbook.version;

import dev.playbook.model.Fingerprint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The generator's code, for build stamps: a new generator rebuilds every version. */
public final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /** A digest of the jar {@code type} was loaded from, or {@code fallback} (the version) when it runs from classes. */
    public static String of(Class<?> type, String fallback) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return new Fingerprint().add(Files.readAllBytes(code)).hex();
            }
        } catch (URISyntaxException | IOException | SecurityException | IllegalArgumentException | FileSystemNotFoundException e) {
            // no readable jar: fall back to the version, which is what a development build has
        }
        return fallback;
    }
}
