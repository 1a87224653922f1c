package dev.playbook.bench;

import dev.playbook.api.Generator;
import dev.playbook.api.LivePreview;
import dev.playbook.api.PreviewBuild;
import dev.playbook.api.PreviewRequest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The live preview's edit-to-reload time (issue 11's bars), in one warm process as {@code playbook serve}
 * runs: for each size, a synthetic playbook is previewed; then one guide is saved {@code --edits} times and
 * {@code team/roles.yaml} five times, and each time is measured from the moment the file is written to the
 * moment the browsers have been told (the reload event is published), the watcher's wait for the save to be over
 * included (it overlaps the build: see {@code ContentWatcher}). Also the heap in use after a full GC once the edits
 * are done. Run it with the JVM's defaults, as {@code bin/playbook serve} runs. {@code --pause} is the time from one reload to the next save
 * (100 ms by default: a writer saving again at once; at 1,000 ms or more the search index, which waits for
 * {@code BackgroundIndex.LIVE_PAUSE} of quiet, is built between saves and shares the cores with the next one). Not a test: run it with {@code ./bench.sh live}.
 */
public final class LiveBenchmark {

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int edits = 20;
        long pause = 100;
        Path work = Path.of("target/bench-live");
        Path sample = Path.of("../content");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> {
                    for (String n : args[++i].split(",")) {
                        sizes.add(Integer.parseInt(n.trim()));
                    }
                }
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--pause" -> pause = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--content" -> sample = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: LiveBenchmark [--pages N[,N...]] [--edits E] [--pause MS] [--work DIR] [--content SAMPLE]");
                    System.exit(2);
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000);
        }
        System.out.println("| guide pages | first build | guide edit, median (min-max) of " + edits
                + " | roles edit, median of 5 | heap in use after GC |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int pages : sizes) {
            Path playbook = work.resolve("pages-" + pages);
            SyntheticPlaybook.replace(playbook);
            SyntheticPlaybook.write(playbook, pages, 42L, sample);
            measure(playbook, pages, edits, pause);
        }
    }

    private static void measure(Path playbook, int pages, int edits, long pause) throws Exception {
        BlockingQueue<PreviewBuild> builds = new LinkedBlockingQueue<>();
        PreviewRequest request = new PreviewRequest(playbook, Optional.empty(), Optional.of(LocalDate.of(2026, 11, 24)),
                InetAddress.getLoopbackAddress(), 0, PreviewRequest.QUIET);
        try (LivePreview preview = new Generator().preview(request, builds::add)) {
            PreviewBuild first = builds.take();
            Path guide = aGuide(playbook);
            double[] guideEdits = edits(guide, edits, pause, builds);
            double[] rolesEdits = edits(playbook.resolve("team/roles.yaml"), 5, pause, builds);
            Thread.sleep(3000); // the last save's search index is written: it waits for a pause, then takes about a second at 10,000 pages
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("| %,d | %,d ms | %.0f ms (%.0f-%.0f) | %.0f ms | %,d MiB |%n", pages, first.took().toMillis(),
                    Benchmark.median(guideEdits), min(guideEdits), max(guideEdits), Benchmark.median(rolesEdits), heap >> 20);
        }
    }

    /** Saves {@code file} {@code count} times, each with a new line of text, and times each save to its reload. */
    private static double[] edits(Path file, int count, long pause, BlockingQueue<PreviewBuild> builds) throws IOException, InterruptedException {
        String original = Files.readString(file);
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            String edited = file.toString().endsWith(".md") ? original + "\nEdited paragraph number " + i + ".\n"
                    : original.replaceFirst("mission: ", "mission: Edit " + i + ". ");
            long written = System.nanoTime();
            Files.writeString(file, edited);
            PreviewBuild build = builds.poll(60, TimeUnit.SECONDS);
            long told = System.nanoTime();
            if (build == null || !build.published() || build.changed().isEmpty()) {
                throw new IllegalStateException("edit " + i + " of " + file + " was not published: " + build);
            }
            millis[i] = (told - written) / 1e6;
            Thread.sleep(pause); // the next save comes after this one is built, as a writer's would
            builds.clear();
        }
        Files.writeString(file, original);
        builds.poll(60, TimeUnit.SECONDS);
        return millis;
    }

    private static Path aGuide(Path playbook) throws IOException {
        try (Stream<Path> files = Files.walk(playbook)) {
            return files.filter(path -> path.toString().endsWith(".md") && path.toString().contains("/guides/"))
                    .sorted().skip(10).findFirst().orElseThrow();
        }
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }
}
