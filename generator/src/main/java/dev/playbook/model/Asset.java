package dev.playbook.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file copied to the site as it is (an image, a PDF). Its bytes are read only when the site is
 * written, from the working tree or from a Git object.
 */
public record Asset(String path, Content content) {

    /** Where an asset's bytes come from. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    public static Asset ofFile(String path, Path file) {
        return new Asset(path, () -> Files.readAllBytes(file));
    }

    public byte[] bytes() {
        try {
            return content.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
