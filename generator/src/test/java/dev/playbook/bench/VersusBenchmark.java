package dev.playbook.bench;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Benchmark (not a test): two builds of the generator side by side, {@code --before} (another
 * playbook.jar, e.g. of an earlier commit) and {@code --after} (this one's), on the same playbooks, for
 * a change whose cost is to be weighed. Each run starts a fresh JVM for each jar, taking turns going
 * first, so the two share the machine's state of the moment; a run's two results are compared with
 * each other, and the ratio is the median of the runs' ratios.
 *
 * <pre>
 *   --before JAR   the generator to compare against (required)
 *   --after JAR    default target/playbook.jar
 *   --pages N      comma list; 0 is the sample playbook itself (default 0,1000)
 *   --runs R       runs per size (default 5)
 *   --warm         each JVM makes one unmeasured check and build, then measures the next (as
 *                  {@link Benchmark} does); without it, each JVM measures its first (as a user's
 *                  {@code java -jar playbook.jar build} does, like {@link ColdBuildBenchmark})
 *   --classes DIR  this module's test classes, which hold the warm runner (default target/test-classes)
 *   --content DIR  the sample playbook (default ../content)
 *   --work DIR     where the playbooks and sites go (default target/bench-versus)
 * </pre>
 * Extra JVM options of the warm JVMs: BENCH_JAVA_OPTS (default -Xmx1g); cold ones run with none, as a user's.
 */
public final class VersusBenchmark {

    private static final String[] OPERATIONS = {"check", "build"};

    public static void main(String[] args) throws Exception {
        Path before = null;
        Path after = Path.of("target/playbook.jar");
        List<Integer> sizes = new ArrayList<>();
        int runs = 5;
        boolean warm = false;
        Path classes = Path.of("target/test-classes");
        Path content = Path.of("../content");
        Path work = Path.of("target/bench-versus");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--before" -> before = Path.of(value);
                case "--after" -> after = Path.of(value);
                case "--pages" -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(s -> sizes.add(Integer.parseInt(s)));
                case "--runs" -> runs = Integer.parseInt(value);
                case "--classes" -> classes = Path.of(value);
                case "--content" -> content = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--warm" -> {
                    warm = true;
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: VersusBenchmark --before JAR"
                        + " [--after JAR] [--pages N,...] [--runs R] [--warm] [--classes DIR] [--content DIR] [--work DIR]");
            }
            i++;
        }
        if (before == null) {
            throw new IllegalArgumentException("--before JAR is required");
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(0, 1000));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> options = warm ? List.of(System.getenv().getOrDefault("BENCH_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")) : List.of();
        System.out.printf(Locale.ROOT, "%s: before %s, after %s, a fresh JVM each per run, %d run(s), taking turns, %d processors%n",
                warm ? "warm (one unmeasured check and build first)" : "cold (the JVM's first check and build)",
                before, after, runs, Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (int pages : sizes) {
            Path playbook = pages == 0 ? content : work.resolve("p" + pages).resolve("content");
            if (pages > 0) {
                SyntheticPlaybook.replace(playbook);
                SyntheticPlaybook.write(playbook, pages, 42L, content, 1.0);
            }
            Path out = work.resolve(pages == 0 ? "sample" : "p" + pages);
            double[][] beforeTimes = new double[OPERATIONS.length][runs];
            double[][] afterTimes = new double[OPERATIONS.length][runs];
            for (int r = 0; r < runs; r++) {
                Supplier<double[]> a = runner(java, options, before, classes, warm, playbook, out.resolve("site-before"));
                Supplier<double[]> b = runner(java, options, after, classes, warm, playbook, out.resolve("site-after"));
                double[] first = r % 2 == 0 ? a.get() : b.get();
                double[] second = r % 2 == 0 ? b.get() : a.get();
                double[] beforeRun = r % 2 == 0 ? first : second;
                double[] afterRun = r % 2 == 0 ? second : first;
                for (int op = 0; op < OPERATIONS.length; op++) {
                    beforeTimes[op][r] = beforeRun[op];
                    afterTimes[op][r] = afterRun[op];
                }
                System.out.printf(Locale.ROOT, "  %s run %d: check %.2f / %.2f s, build %.2f / %.2f s (before / after)%n",
                        label(pages), r + 1, beforeRun[0], afterRun[0], beforeRun[1], afterRun[1]);
            }
            for (int op = 0; op < OPERATIONS.length; op++) {
                double[] ratios = new double[runs];
                for (int r = 0; r < runs; r++) {
                    ratios[r] = afterTimes[op][r] / beforeTimes[op][r];
                }
                rows.add(String.format(Locale.ROOT, "%-14s %-6s %9.2f %9.2f %+8.1f%%", label(pages), OPERATIONS[op],
                        Benchmark.median(beforeTimes[op]), Benchmark.median(afterTimes[op]), 100 * (Benchmark.median(ratios) - 1)));
            }
        }
        System.out.printf(Locale.ROOT, "%nmedian of %d run(s); ratio = median over runs of after / before%n%-14s %-6s %9s %9s %9s%n",
                runs, "playbook", "op", "before s", "after s", "ratio");
        rows.forEach(System.out::println);
    }

    private static String label(int pages) {
        return pages == 0 ? "sample" : pages + " pages";
    }

    /** Seconds of one check and one build of {@code playbook} by {@code jar}, in a fresh JVM. */
    private static Supplier<double[]> runner(String java, List<String> options, Path jar, Path classes, boolean warm,
                                             Path playbook, Path site) {
        return () -> {
            if (warm) {
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(options);
                command.addAll(List.of("-cp", jar + File.pathSeparator + classes, Warm.class.getName(),
                        playbook.toString(), site.toString()));
                String line = run(command);
                return Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
            }
            double[] seconds = new double[OPERATIONS.length];
            for (int op = 0; op < OPERATIONS.length; op++) {
                List<String> command = new ArrayList<>(List.of(java));
                command.addAll(options);
                command.addAll(List.of("-jar", jar.toString(), OPERATIONS[op], "--content", playbook.toString()));
                if (OPERATIONS[op].equals("build")) {
                    command.addAll(List.of("--out", site.toString()));
                }
                long start = System.nanoTime();
                run(command);
                seconds[op] = (System.nanoTime() - start) / 1e9;
            }
            return seconds;
        };
    }

    /** Runs {@code command}; returns its last line of output, and stops the benchmark if it fails. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String last = "";
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    last = line;
                }
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ": " + last);
            }
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The warm side, run in the JVM being measured: one unmeasured check and build, then one measured
     * of each; prints their seconds on one line. Uses only the public API, which both jars share.
     */
    public static final class Warm {

        public static void main(String[] args) {
            Path playbook = Path.of(args[0]);
            Path site = Path.of(args[1]);
            Supplier<Report> check = () -> new Generator().check(new CheckRequest(playbook, Optional.empty()));
            Supplier<Report> build = () -> new Generator().build(new BuildRequest(playbook, site, Optional.empty()));
            failOnErrors(check.get());
            failOnErrors(build.get());
            System.gc();
            double checkSeconds = seconds(check);
            System.gc();
            double buildSeconds = seconds(build);
            System.out.printf(Locale.ROOT, "%.4f %.4f%n", checkSeconds, buildSeconds);
        }

        private static double seconds(Supplier<Report> operation) {
            long start = System.nanoTime();
            failOnErrors(operation.get());
            return (System.nanoTime() - start) / 1e9;
        }

        private static void failOnErrors(Report report) {
            if (report.hasErrors()) {
                System.out.println(report.summary());
                System.exit(1);
            }
        }
    }
}
