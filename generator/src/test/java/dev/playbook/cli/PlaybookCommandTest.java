package dev.playbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.ContentKind;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaybookCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static final String TODAY = "--today=" + TestPlaybook.TODAY;

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PlaybookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void serveWithoutABuiltSiteIsAUsageError() {
        Run run = run("serve", "--out", dir.resolve("nothing-here").toString(), "--port", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no site in") && run.err().contains("hint: build it first"), run.err());
    }

    @Test
    void checkOfCleanContentExitsZero() {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Run run = run("check", TODAY, "--content", content.toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("checked 14 pages: 0 errors, 0 warnings"), run.out());
    }

    @Test
    void checkWithContentErrorsExitsOneAndPrintsEachProblem() {
        Path content = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/sales-process.yaml", "owner: ae\n    handoff_trigger: A first", "owner: nobody\n    handoff_trigger: A first")
                .root();
        Run run = run("check", TODAY, "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("team/sales-process.yaml:11:12: error [ref.role] unknown role \"nobody\""), run.out());
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception"), run.out() + run.err());
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        Run missing = run("check", "--content", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("playbook: content folder"), missing.err());
        assertTrue(missing.err().contains("hint: name it with --content DIR"), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());
        assertEquals(2, run("build", "--no-such-option").exit());
        assertEquals(2, run().exit());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("build") && help.out().contains("check") && help.out().contains("new"), help.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("playbook "), version.out());
    }

    @Test
    void newScaffoldsAPlaybookThatBuildsAndChecks() {
        Path project = dir.resolve("my-playbook");
        assertEquals(0, run("new", project.toString()).exit());
        assertEquals(0, run("check", "--content", project.resolve("content").toString()).exit());
        Run build = run("build", "--content", project.resolve("content").toString(), "--out", project.resolve("site").toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("site/team/sales-process.html")));
        assertTrue(Files.isRegularFile(project.resolve("site/assets/playbook.css")));
    }

    @Test
    void newWritesEditorSettingsWhoseSchemasExistAGitignoreAndAReadme() throws IOException {
        Path project = dir.resolve("my-playbook");
        assertEquals(0, run("new", project.toString()).exit());

        JsonNode mapping = new ObjectMapper().readTree(project.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");
        assertEquals(1, mapping.size(), mapping.toString());
        mapping.fields().forEachRemaining(schema -> {
            assertTrue(Files.isRegularFile(project.resolve(schema.getKey()).normalize()), schema.getKey() + " exists");
            assertEquals("[\"content/**/*.yaml\",\"content/**/*.yml\"]", schema.getValue().toString());
        });
        assertTrue(mapping.has("./schemas/playbook.schema.json"), mapping.toString());
        assertEquals("[\"redhat.vscode-yaml\"]",
                new ObjectMapper().readTree(project.resolve(".vscode/extensions.json").toFile()).get("recommendations").toString());
        assertTrue(Files.readString(project.resolve(".gitignore")).lines().anyMatch("target/"::equals));
        // the GitHub workflow docs/deploy.md describes (DeployRecipesTest checks its commands)
        try (java.io.InputStream workflow = PlaybookCommand.class.getClassLoader().getResourceAsStream("dev/playbook/scaffold/github/workflows/playbook.yml")) {
            assertEquals(new String(workflow.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    Files.readString(project.resolve(".github/workflows/playbook.yml")));
        }

        String readme = Files.readString(project.resolve("README.md"));
        Set<String> commands = new picocli.CommandLine(new PlaybookCommand()).getSubcommands().keySet();
        Set<String> named = new java.util.TreeSet<>();
        Matcher command = Pattern.compile("(?m)^playbook (\\S+)").matcher(readme);
        while (command.find()) {
            assertTrue(commands.contains(command.group(1)), "the README names a command that exists: " + command.group());
            named.add(command.group(1));
        }
        assertEquals(Set.of("build", "check", "schema", "serve"), named);
        for (String path : List.of("content/playbook.yaml", "content/team/roles.yaml", "content/team/sales-process.yaml",
                "schemas/playbook.schema.json", ".vscode/settings.json")) {
            assertTrue(readme.contains("`" + path + "`"), path);
            assertTrue(Files.exists(project.resolve(path)), path);
        }
    }

    @Test
    void schemaWritesTheJsonSchemasForEditors() {
        Path out = dir.resolve("editor-schemas");
        Run run = run("schema", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("wrote " + (ContentKind.values().length + 4) + " JSON Schemas into " + out + "; point your editor at "
                + out.resolve("playbook.schema.json") + System.lineSeparator(), run.out());
        assertTrue(Files.isRegularFile(out.resolve("roles.schema.json")));
    }

    @Test
    void schemaIntoAFileIsAUsageError() throws IOException {
        Path file = dir.resolve("taken.txt");
        Files.writeString(file, "mine");
        Run run = run("schema", "--out", file.toString());
        assertEquals(2, run.exit());
        assertEquals("playbook: " + file + " is a file, not a folder" + System.lineSeparator()
                + "    hint: name a folder for the schemas, new or existing" + System.lineSeparator(), run.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void newRefusesAFolderWithFiles() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run run = run("new", dir.toString());
        assertEquals(2, run.exit());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }

    @Test
    void buildPrintsPositionsAsCheckDoes() {
        Path content = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/sales-process.yaml", "owner: ae\n    handoff_trigger: A first", "owner: nobody\n    handoff_trigger: A first").root();
        Run build = run("build", TODAY, "--content", content.toString(), "--out", dir.resolve("site").toString());
        Run check = run("check", TODAY, "--content", content.toString());
        String position = dev.playbook.model.Position.prefixFor(content) + "team/sales-process.yaml:11:12: error [ref.role]";
        assertTrue(build.err().contains(position), build.err());
        assertTrue(check.out().contains(position), check.out());
    }

    @Test
    void buildWithErrorsWritesNothing() {
        Path content = TestPlaybook.scaffold(dir.resolve("content"))
                .replace("team/roles.yaml", "kind: roles", "kind: role").root();
        Run run = run("build", "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void buildRefusesAnOutputFolderItDidNotWrite() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Path out = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(out.resolve("notes.txt"), "do not delete");
        Run run = run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("holds files that Playbook did not write"), run.err());
        assertTrue(run.err().contains("or use --force to move the folder aside"), "the hint names the flag: " + run.err());
        assertEquals("do not delete", Files.readString(out.resolve("notes.txt")));
        assertEquals(2, run("build", "--content", content.toString(), "--out", content.toString()).exit());
    }

    @Test
    void forcePublishesOverAForeignFolderAndKeepsItsFilesAside() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Run run = run("build", TODAY, "--force", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(run.err().contains("[publish.kept-aside]"), run.err());
        try (Stream<Path> siblings = Files.list(dir)) {
            Path aside = siblings.filter(p -> p.getFileName().toString().startsWith(".docs.old-")).findFirst().orElseThrow();
            assertEquals("mine", Files.readString(aside.resolve("notes.txt")), "nothing the user wrote is deleted");
        }
        assertEquals(2, run("build", TODAY, "--force", "--content", content.toString(), "--out", content.toString()).exit(),
                "--force never allows the content folder itself");
    }

    @Test
    void sameInputBuildsByteIdenticalOutput() throws IOException {
        Path content = TestPlaybook.scaffold(dir.resolve("content")).root();
        assertEquals(0, run("build", TODAY, "--content", content.toString(), "--out", dir.resolve("a").toString()).exit());
        assertEquals(0, run("build", TODAY, "--content", content.toString(), "--out", dir.resolve("b").toString()).exit());
        assertEquals(0, run("build", TODAY, "--content", content.toString(), "--out", dir.resolve("b").toString()).exit(),
                "rebuilding into a folder Playbook wrote replaces it");
        assertEquals(TestPlaybook.files(dir.resolve("a")), TestPlaybook.files(dir.resolve("b")));
    }

}
