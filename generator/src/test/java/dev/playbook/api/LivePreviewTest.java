package dev.playbook.api;

import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview through its watcher: bursts of saves end in one consistent site. */
class LivePreviewTest {

    @TempDir
    Path dir;

    @Test
    void tenSavesWithinATenthOfASecondGiveOneConsistentSiteAndNoException() throws Exception {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
        PreviewRequest request = new PreviewRequest(playbook.root(), Optional.empty(), Optional.of(playbook.today()),
                InetAddress.getLoopbackAddress(), 0, java.time.Duration.ofMillis(150)); // a pause longer than the burst, on a busy machine too
        try (LivePreview preview = new Generator().preview(request, builds::add)) {
            assertTrue(builds.take().published());
            String first = playbook.read("team/guides/first-call.md");
            String second = playbook.read("leadership/guides/one-on-ones.md");
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                if (i % 2 == 0) {
                    first += "\nSave number " + i + ".\n";
                    playbook.write("team/guides/first-call.md", first);
                } else {
                    second += "\nSave number " + i + ".\n";
                    playbook.write("leadership/guides/one-on-ones.md", second);
                }
                if (i == 4) {
                    playbook.write("team/guides/extra.md", "---\ntitle: Extra\nowner: ae\nlast_reviewed: 2026-01-15\n---\nText.\n");
                }
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(100),
                    "skipped: this machine took more than 100 ms to write eleven small files, so the burst this test is about did not happen");
            List<PreviewBuild> seen = new ArrayList<>();
            PreviewBuild build;
            while ((build = builds.poll(2, TimeUnit.SECONDS)) != null) {
                seen.add(build);
            }
            assertTrue(!seen.isEmpty() && seen.size() <= 2, "a burst is one rebuild (two if the first save was seen alone), not ten: " + seen.size());
            assertTrue(seen.stream().allMatch(b -> b.failure().isEmpty() && b.published()), seen.toString());
            assertEquals(fullBuild(playbook), text(preview.site()));
        }
    }

    @Test
    void aSaveThroughATemporaryFileAndARenameIsShownOnceWithTheSavedPage() throws Exception {
        TestPlaybook playbook = TestPlaybook.complete(dir.resolve("content"));
        BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
        PreviewRequest request = new PreviewRequest(playbook.root(), Optional.empty(), Optional.of(playbook.today()),
                InetAddress.getLoopbackAddress(), 0, java.time.Duration.ofMillis(300));
        try (LivePreview preview = new Generator().preview(request, builds::add)) {
            assertTrue(builds.take().published());
            // the temporary file is a guide of its own until the rename: a build may see it, but only the end is shown
            Path temporary = playbook.root().resolve("team/guides/first-call.md.tmp.md");
            java.nio.file.Files.writeString(temporary, playbook.read("team/guides/first-call.md").replace("## Before the call", "## Before you dial"));
            Thread.sleep(100); // a slow editor: the rename comes after a build of the temporary file began, within the quiet time
            java.nio.file.Files.move(temporary, playbook.root().resolve("team/guides/first-call.md"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            PreviewBuild shown = builds.poll(10, TimeUnit.SECONDS);
            assertTrue(shown != null && shown.published(), String.valueOf(shown));
            assertTrue(shown.changed().contains("team/guides/first-call.html"), shown.changed().toString());
            assertEquals(null, builds.poll(1, TimeUnit.SECONDS), "one save is shown once");
            assertEquals(fullBuild(playbook), text(preview.site()));
        }
    }

    @Test
    void savesComingFasterThanBuildsStillShowBuilds() throws Exception {
        Path content = java.nio.file.Files.createDirectories(dir.resolve("content"));
        BlockingQueue<PreviewBuild> shown = new LinkedBlockingQueue<>();
        PreviewRequest request = new PreviewRequest(content, Optional.empty(), Optional.of(TestPlaybook.TODAY),
                InetAddress.getLoopbackAddress(), 0, java.time.Duration.ofMillis(50));
        try (LivePreview ignored = new LivePreview(new SlowSite(content, request.quiet()), request, shown::add)) {
            shown.take();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2000);
            int saves = 0;
            while (System.nanoTime() < until) {
                java.nio.file.Files.writeString(content.resolve("guide.md"), "Save " + saves++);
                Thread.sleep(100); // a save every 100 ms; each build takes 300
            }
            assertTrue(shown.size() >= 2, "builds shown while saves kept coming: " + shown.size());
        }
    }

    /** A site whose every build takes 300 ms, watched by the real watcher. */
    private record SlowSite(Path content, java.time.Duration quiet) implements PreviewSite {

        private Step step() {
            return new Step(Map.of("index.html", new byte[] {1}), Set.of("index.html"), true, 1, List.of(), List.of(), Optional.empty());
        }

        @Override
        public Step first() {
            return step();
        }

        @Override
        public List<AutoCloseable> watch(Rebuilds rebuild) {
            return List.of(dev.playbook.source.ContentWatcher.start(List.of(content), path -> false, quiet,
                    (changed, settled) -> rebuild.rebuild(() -> {
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return Optional.of(step());
                    }, settled)));
        }

        @Override
        public Optional<Step> completeIndex() {
            return Optional.empty();
        }

        @Override
        public Optional<Step> completeIndexIfDone() {
            return Optional.empty();
        }

        @Override
        public void whenIndexed(Runnable action) {
            // no index
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    @Test
    void aBuildNotShownIsShownWithTheOneAfterIt() {
        PreviewSite.Step good = step(Map.of("a.html", new byte[] {1}), Set.of("a.html"), true, List.of());
        PreviewSite.Step better = step(Map.of("a.html", new byte[] {1}, "b.html", new byte[] {2}), Set.of("b.html"), true, List.of());
        dev.playbook.model.Problem error = dev.playbook.model.Problem.error(dev.playbook.model.RuleId.YAML_SYNTAX,
                dev.playbook.model.Position.ofFile("team/roles.yaml"), "broken", "fix it");
        PreviewSite.Step broken = step(Map.of("a.html", new byte[] {1}, "b.html", new byte[] {2}), Set.of(), false, List.of(error));

        PreviewSite.Step both = LivePreview.later(Optional.of(good), Optional.of(better)).orElseThrow();
        assertEquals(Set.of("a.html", "b.html"), both.changed(), "the pages open on either build's changes reload");
        assertEquals(better.site(), both.site());

        PreviewSite.Step overGood = LivePreview.later(Optional.of(better), Optional.of(broken)).orElseThrow();
        assertTrue(overGood.published(), "the unshown good build is the last good site: it is shown");
        assertEquals(better.changed(), overGood.changed());
        assertEquals(List.of(error), overGood.problems(), "with the later build's errors over it");

        assertEquals(Optional.of(broken), LivePreview.later(Optional.of(broken), Optional.of(broken)));
        assertEquals(Optional.of(good), LivePreview.later(Optional.of(good), Optional.empty()));
        assertEquals(Optional.empty(), LivePreview.later(Optional.empty(), Optional.empty()));
    }

    private static PreviewSite.Step step(Map<String, byte[]> site, Set<String> changed, boolean published,
                                         List<dev.playbook.model.Problem> problems) {
        return new PreviewSite.Step(site, changed, published, site.size(), problems, List.of(), Optional.empty());
    }

    private Map<String, String> fullBuild(TestPlaybook playbook) throws IOException {
        Path out = dir.resolve("full");
        Report report = new Generator().build(new BuildRequest(playbook.root(), out, Optional.empty(), playbook.today()));
        assertTrue(!report.hasErrors(), report.problems().toString());
        Map<String, String> files = TestPlaybook.files(out);
        files.remove(".playbook-site");
        return files;
    }

    private static Map<String, String> text(Map<String, byte[]> site) {
        Map<String, String> files = new TreeMap<>();
        site.forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return files;
    }

}
