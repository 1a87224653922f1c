package dev.playbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code playbook new DIR}: writes a small playbook that builds and checks cleanly, as a starting
 * point, with what a project around it needs: a README naming the commands, a {@code .gitignore},
 * VS Code settings that point the YAML extension at the JSON Schemas in {@link #SCHEMAS} (which the
 * validate stage writes there), and a GitHub Actions workflow that checks pull requests and publishes
 * release tags to GitHub Pages (docs/deploy.md). It never writes into a folder that already has files.
 */
public final class Scaffolder {

    private static final String ROOT = "dev/playbook/scaffold/";
    /** The folder of a new playbook that holds the JSON Schemas, for editors; its settings point there. */
    public static final String SCHEMAS = "schemas";
    /**
     * The files of the scaffold: where each goes in the new folder, from its resource relative to
     * {@link #ROOT}; listed because a jar cannot be listed cheaply. Dot files are kept without their dot,
     * because Maven leaves files such as {@code .gitignore} out of a jar.
     */
    static final Map<String, String> FILES = orderedMap(
            "content/playbook.yaml", "content/playbook.yaml",
            "content/team/roles.yaml", "content/team/roles.yaml",
            "content/team/sales-process.yaml", "content/team/sales-process.yaml",
            "content/team/guides/discovery-call.md", "content/team/guides/discovery-call.md",
            "README.md", "README.md",
            ".gitignore", "gitignore",
            ".vscode/settings.json", "vscode/settings.json",
            ".vscode/extensions.json", "vscode/extensions.json",
            ".github/workflows/playbook.yml", "github/workflows/playbook.yml");

    /** Pages of a new playbook are reviewed the day they are written. */
    static final String TODAY = "@TODAY@";

    public void scaffold(Path directory) {
        scaffold(directory, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public void scaffold(Path directory, java.time.LocalDate today) {
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new ScaffoldException(directory + " already exists and is not empty",
                    "name a new folder, such as my-playbook");
        }
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                try (InputStream in = Scaffolder.class.getClassLoader().getResourceAsStream(ROOT + file.getValue())) {
                    if (in == null) {
                        throw new IllegalStateException("scaffold file " + file.getValue() + " is missing from the jar");
                    }
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace(TODAY, today.toString()), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new playbook into " + directory, e);
        }
    }

    private static Map<String, String> orderedMap(String... targetsAndResources) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < targetsAndResources.length; i += 2) {
            files.put(targetsAndResources[i], targetsAndResources[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(files);
    }

    private static boolean isEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
