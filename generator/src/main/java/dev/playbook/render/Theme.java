package dev.playbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Freemarker templates and static assets. The built-in theme ships in the generator jar;
 * a user's theme directory shadows its files by relative path, so a user overrides only what they
 * change.
 */
public final class Theme {

    static final String BUILT_IN = "dev/playbook/theme/default/";

    private final Optional<Path> userDirectory;

    public Theme(Optional<Path> userDirectory) {
        this.userDirectory = userDirectory;
    }

    /** Fails with a hint when a theme is named whose folder does not exist. */
    public static void requireFolder(Optional<Path> userDirectory) {
        userDirectory.filter(directory -> !Files.isDirectory(directory)).ifPresent(directory -> {
            throw new ThemeException("theme folder " + directory + " does not exist",
                    "name a folder with templates/ and assets/ sub-folders with {theme}");
        });
    }

    public Optional<Path> userDirectory() {
        return userDirectory;
    }

    /**
     * Every asset path (relative to {@code assets/}) and its bytes; the user's files win. Read once per
     * theme object: a warm process makes a new one when the theme's files change.
     */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> read = assets;
        if (read == null) {
            Map<String, byte[]> found = new TreeMap<>();
            builtInAssets(found);
            userDirectory.map(d -> d.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> readTree(dir, found));
            read = java.util.Collections.unmodifiableMap(found);
            assets = read;
        }
        return read;
    }

    private volatile Map<String, byte[]> assets;

    /** A literal {@code id="..."} in a template. */
    private static final java.util.regex.Pattern LITERAL_ID = java.util.regex.Pattern.compile("\\bid=\"([A-Za-z][A-Za-z0-9_-]*)\"");

    /**
     * The ids the templates write as they are ({@code id="main-content"}), the user's and the built-in ones: a
     * heading of a page's text must not take one. Ids a template computes from the page (the stages' anchors) are not here.
     */
    public java.util.Set<String> templateIds() {
        java.util.Set<String> read = templateIds;
        if (read == null) {
            Map<String, byte[]> templates = new TreeMap<>();
            builtIn("templates", templates);
            userDirectory.map(d -> d.resolve("templates")).filter(Files::isDirectory).ifPresent(dir -> readTree(dir, templates));
            java.util.Set<String> ids = new java.util.TreeSet<>();
            templates.values().forEach(bytes -> LITERAL_ID.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                    .results().forEach(match -> ids.add(match.group(1))));
            read = java.util.Set.copyOf(ids);
            templateIds = read;
        }
        return read;
    }

    private volatile java.util.Set<String> templateIds;

    /**
     * A digest of every file of the theme, built-in and user's: a site built with another theme, or another
     * version of this one, is not the same site.
     */
    public String fingerprint() {
        Map<String, byte[]> files = new TreeMap<>();
        builtIn("", files);
        userDirectory.filter(Files::isDirectory).ifPresent(dir -> readTree(dir, files));
        dev.playbook.model.Fingerprint fingerprint = new dev.playbook.model.Fingerprint();
        files.forEach(fingerprint::add);
        return fingerprint.hex();
    }

    private void builtInAssets(Map<String, byte[]> assets) {
        builtIn("assets", assets);
    }

    /** Files of the built-in theme below {@code folder} ("" for all), from the jar or the class folder. */
    private void builtIn(String folder, Map<String, byte[]> files) {
        URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + "assets/playbook.css");
        if (marker == null) {
            throw new IllegalStateException("the built-in theme is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                // a private file system per call: the shared one for a jar URI would be closed under other builds' feet
                String jar = uri.getRawSchemeSpecificPart();
                Path jarFile = Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
                try (FileSystem zip = FileSystems.newFileSystem(jarFile, (ClassLoader) null)) {
                    readTree(zip.getPath("/" + BUILT_IN + folder), files);
                }
            } else {
                readTree(Path.of(uri).getParent().getParent().resolve(folder), files);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme's assets", e);
        }
    }


    /** Reads the files below {@code dir}; a symbolic link is refused, as in content: it could publish any file of the machine. */
    private static void readTree(Path dir, Map<String, byte[]> into) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted().toList();
            for (Path link : paths.stream().filter(Files::isSymbolicLink).toList()) {
                throw new ThemeException("the theme file " + link + " is a symbolic link; a theme publishes only its own files",
                        "copy the file into the theme instead of linking to it");
            }
            for (Path file : paths.stream().filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    into.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme assets in " + dir, e);
        }
    }
}
