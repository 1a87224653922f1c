package dev.playbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): the search index's share of build time as a user meets it, one fresh JVM
 * per build ({@code java -jar playbook.jar build}), where the index's code starts cold every time. The
 * in-process {@link Benchmark} measures warm builds; a small playbook's build is mostly start-up, so
 * this is where an index with a costly start would show.
 *
 * <pre>
 *   --pages N      comma list; 0 is the sample playbook itself (default 0,1000)
 *   --runs R       builds of each kind per size, taking turns; the median is reported (default 7)
 *   --content DIR  the sample playbook (default ../content)
 *   --work DIR     where the playbooks and sites go (default target/bench-cold)
 *   --jar FILE     the command-line jar (default target/playbook.jar)
 * </pre>
 */
public final class ColdBuildBenchmark {

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 7;
        Path content = Path.of("../content");
        Path work = Path.of("target/bench-cold");
        Path jar = Path.of("target/playbook.jar");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> Arrays.stream(args[i + 1].split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(s -> sizes.add(Integer.parseInt(s)));
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--content" -> content = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: ColdBuildBenchmark [--pages N,...] [--runs R] [--content DIR] [--work DIR] [--jar FILE]");
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(0, 1000));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "cold builds: a fresh JVM per build (%s -jar %s), %d of each kind per size, taking turns, %d processors%n",
                java, jar, runs, Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (int pages : sizes) {
            Path base = work.resolve(pages == 0 ? "sample" : "p" + pages);
            Path with = base.resolve("with-search");
            Path without = base.resolve("without-search");
            prepare(pages, content, with);
            prepare(pages, content, without);
            Files.writeString(without.resolve("playbook.yaml"), Files.readString(without.resolve("playbook.yaml")) + "\nsearch:\n  enabled: false\n");
            double[] withTimes = new double[runs];
            double[] withoutTimes = new double[runs];
            for (int r = 0; r < runs; r++) {
                // taking turns, so neither kind always runs on the other's warm file cache
                if (r % 2 == 0) {
                    withTimes[r] = build(java, jar, with, base.resolve("site-with"));
                    withoutTimes[r] = build(java, jar, without, base.resolve("site-without"));
                } else {
                    withoutTimes[r] = build(java, jar, without, base.resolve("site-without"));
                    withTimes[r] = build(java, jar, with, base.resolve("site-with"));
                }
                System.out.printf(Locale.ROOT, "  %s run %d: with search %.2f s, without %.2f s%n",
                        label(pages), r + 1, withTimes[r], withoutTimes[r]);
            }
            double a = Benchmark.median(withTimes);
            double b = Benchmark.median(withoutTimes);
            rows.add(String.format(Locale.ROOT, "%-22s %14.2f %17.2f %+8.1f%%", label(pages), a, b, 100 * (a / b - 1)));
        }
        System.out.printf(Locale.ROOT, "%nmedian of %d cold build(s)%n%-22s %14s %17s %9s%n", runs, "playbook", "with search s", "without search s", "index %");
        rows.forEach(System.out::println);
    }

    private static String label(int pages) {
        return pages == 0 ? "sample" : pages + " pages";
    }

    private static void prepare(int pages, Path sample, Path dir) throws IOException {
        SyntheticPlaybook.replace(dir);
        if (pages == 0) {
            copy(sample, dir);
            Files.writeString(dir.resolve(SyntheticPlaybook.MARKER), "copy of the sample for a benchmark; safe to delete\n");
        } else {
            SyntheticPlaybook.write(dir, pages, 42L, sample, 1.0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Seconds for one build in a fresh JVM; a failed build stops the benchmark. */
    private static double build(String java, Path jar, Path content, Path out) {
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-jar", jar.toString(), "build", "--content", content.toString(), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int status = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("build of " + content + " exited with " + status
                        + "; run it by hand to see why: java -jar " + jar + " build --content " + content + " --out " + out);
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
