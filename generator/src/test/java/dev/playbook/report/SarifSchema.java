package dev.playbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SARIF 2.1.0 JSON Schema (JSON Schema draft 04), for validating our reports. It is committed under
 * {@code src/test/resources/sarif/}, unchanged from the OASIS SARIF TC's repository and with its license
 * terms beside it (see the README there), so the tests never reach for the network.
 */
final class SarifSchema {

    static final String RESOURCE = "sarif/sarif-schema-2.1.0.json";

    private SarifSchema() {
    }

    static String load() {
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
