package dev.playbook.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The SARIF 2.1.0 JSON Schema, for validating our reports. It is not committed: it comes from the npm
 * registry (Microsoft's jest-sarif package, MIT, which ships the schema) and is cached under target/.
 */
final class SarifSchema {

    private static final String PACKAGE = "https://registry.npmjs.org/@microsoft/jest-sarif/-/jest-sarif-1.0.0-beta.0.tgz";
    private static final String ENTRY = "package/lib/schemas/sarif-2.1.0-rtm.5.json";
    private static final Path CACHE = Path.of("target", "sarif", "sarif-2.1.0-rtm.5.json");

    private SarifSchema() {
    }

    static Optional<String> load() {
        try {
            if (!Files.exists(CACHE)) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(PACKAGE))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    return Optional.empty();
                }
                try (InputStream tar = new GZIPInputStream(response.body())) {
                    Optional<byte[]> schema = entry(tar, ENTRY);
                    if (schema.isEmpty()) {
                        return Optional.empty();
                    }
                    Files.createDirectories(CACHE.getParent());
                    Files.write(CACHE, schema.get());
                }
            }
            return Optional.of(Files.readString(CACHE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads one file out of a tar stream: 512-byte headers, each followed by the file padded to 512. */
    private static Optional<byte[]> entry(InputStream tar, String name) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String entryName = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).trim().replace("\0", ""), 8);
            byte[] content = tar.readNBytes((int) size);
            tar.skipNBytes((512 - size % 512) % 512);
            if (entryName.equals(name)) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }

}
