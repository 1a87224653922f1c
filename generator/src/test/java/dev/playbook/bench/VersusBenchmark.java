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
 * a change whose cost is to be weighed. Each run starts fresh JVMs for each jar, taking turns going
 * first, so the two share the machine's state of the moment; a run's two results are compared with
 * each other, and the ratio is the median of the runs' ratios. Each operation's CPU time (all the
 * JVM's threads: compiler and collector included) is reported beside its wall time: on a shared
 * machine it moves less with what the other users do.
 *
 * <pre>
 *   --before JAR   the generator to compare against (required)
 *   --after JAR    default target/playbook.jar
 *   --pages N      comma list; 0 is the sample playbook itself (default 0,1000)
 *   --runs R       runs per size (default 5)
 *   --warm         one JVM per jar and run makes one unmeasured check and build, then measures the next
 *                  (as {@link Benchmark} does); without it, each check and build is a fresh JVM's first,
 *                  timed from the JVM's start (as a user's {@code java -jar playbook.jar build}, like
 *                  {@link ColdBuildBenchmark})
 *   --classes DIR  this module's test classes, which hold the measured side (default target/test-classes)
 *   --content DIR  the sample playbook (default ../content)
 *   --work DIR     where the playbooks and sites go (default target/bench-versus)
 * </pre>
 * Extra JVM options of the warm JVMs: BENCH_JAVA_OPTS (default -Xmx1g); cold ones run with none, as a user's.
 */
public final class VersusBenchmark {

    private static final String[] OPERATIONS = {"check", "build"};

    /** One operation's wall and CPU seconds. */
    private record Times(double wall, double cpu) {
    }

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
        List<String> options = warm ? List.of(System.getenv().getOrDefault("BENCH_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")) : List.of();
        System.out.printf(Locale.ROOT, "%s: before %s, after %s, fresh JVMs each per run, %d run(s), taking turns, %d processors%n",
                warm ? "warm (one unmeasured check and build first)" : "cold (each check and build a fresh JVM's first)",
                before, after, runs, Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (int pages : sizes) {
            Path playbook = pages == 0 ? content : work.resolve("p" + pages).resolve("content");
            if (pages > 0) {
                SyntheticPlaybook.replace(playbook);
                SyntheticPlaybook.write(playbook, pages, 42L, content, 1.0);
            }
            Path out = work.resolve(pages == 0 ? "sample" : "p" + pages);
            Times[][] beforeTimes = new Times[OPERATIONS.length][runs];
            Times[][] afterTimes = new Times[OPERATIONS.length][runs];
            for (int r = 0; r < runs; r++) {
                Measured a = new Measured(before, classes, options, warm, playbook, out.resolve("site-before"));
                Measured b = new Measured(after, classes, options, warm, playbook, out.resolve("site-after"));
                Times[] beforeRun;
                Times[] afterRun;
                if (r % 2 == 0) {
                    beforeRun = a.run();
                    afterRun = b.run();
                } else {
                    afterRun = b.run();
                    beforeRun = a.run();
                }
                for (int op = 0; op < OPERATIONS.length; op++) {
                    beforeTimes[op][r] = beforeRun[op];
                    afterTimes[op][r] = afterRun[op];
                }
                System.out.printf(Locale.ROOT, "  %s run %d (before / after): check %.2f / %.2f s (cpu %.2f / %.2f), build %.2f / %.2f s (cpu %.2f / %.2f)%n",
                        label(pages), r + 1, beforeRun[0].wall(), afterRun[0].wall(), beforeRun[0].cpu(), afterRun[0].cpu(),
                        beforeRun[1].wall(), afterRun[1].wall(), beforeRun[1].cpu(), afterRun[1].cpu());
            }
            for (int op = 0; op < OPERATIONS.length; op++) {
                rows.add(String.format(Locale.ROOT, "%-12s %-6s %9.2f %9.2f %+8.1f%% %9.2f %9.2f %+8.1f%%", label(pages), OPERATIONS[op],
                        median(beforeTimes[op], Times::wall), median(afterTimes[op], Times::wall), 100 * (ratio(afterTimes[op], beforeTimes[op], Times::wall) - 1),
                        median(beforeTimes[op], Times::cpu), median(afterTimes[op], Times::cpu), 100 * (ratio(afterTimes[op], beforeTimes[op], Times::cpu) - 1)));
            }
        }
        System.out.printf(Locale.ROOT, "%nmedian of %d run(s); ratio = median over runs of after / before%n%-12s %-6s %9s %9s %9s %9s %9s %9s%n",
                runs, "playbook", "op", "before s", "after s", "ratio", "cpu bef.", "cpu aft.", "ratio");
        rows.forEach(System.out::println);
    }

    private static String label(int pages) {
        return pages == 0 ? "sample" : pages + " pages";
    }

    private static double median(Times[] times, java.util.function.ToDoubleFunction<Times> part) {
        return Benchmark.median(Arrays.stream(times).mapToDouble(part).toArray());
    }

    private static double ratio(Times[] after, Times[] before, java.util.function.ToDoubleFunction<Times> part) {
        double[] ratios = new double[after.length];
        for (int r = 0; r < after.length; r++) {
            ratios[r] = part.applyAsDouble(after[r]) / part.applyAsDouble(before[r]);
        }
        return Benchmark.median(ratios);
    }

    /** One jar's check and build of one playbook, in fresh JVMs running {@link Measure}. */
    private record Measured(Path jar, Path classes, List<String> options, boolean warm, Path playbook, Path site) {

        Times[] run() {
            if (warm) {
                return measure(1, OPERATIONS);
            }
            Times[] times = new Times[OPERATIONS.length];
            for (int op = 0; op < OPERATIONS.length; op++) {
                times[op] = measure(0, OPERATIONS[op])[0];
            }
            return times;
        }

        private Times[] measure(int warmups, String... operations) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(options);
            command.addAll(List.of("-cp", jar + File.pathSeparator + classes, Measure.class.getName(),
                    Integer.toString(warmups), playbook.toString(), site.toString()));
            command.addAll(List.of(operations));
            long start = System.nanoTime();
            String[] numbers = VersusBenchmark.run(command).trim().split(" ");
            double wall = (System.nanoTime() - start) / 1e9;
            Times[] times = new Times[operations.length];
            for (int op = 0; op < operations.length; op++) {
                double cpu = Double.parseDouble(numbers[2 * op + 1]);
                // a cold operation is timed as a user meets it: from the JVM's start to its end
                times[op] = new Times(warmups == 0 ? wall : Double.parseDouble(numbers[2 * op]), cpu);
            }
            return times;
        }
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
     * The measured side, in a JVM of its own: {@code WARMUPS PLAYBOOK SITE OPERATION...}. Makes
     * WARMUPS unmeasured checks and builds, then each operation; prints, on one line, each operation's
     * wall and CPU seconds (with no warm-up, the CPU seconds are the JVM's since its start). Uses only
     * the public API, which both jars share.
     */
    public static final class Measure {

        public static void main(String[] args) {
            int warmups = Integer.parseInt(args[0]);
            Path playbook = Path.of(args[1]);
            Path site = Path.of(args[2]);
            Supplier<Report> check = () -> new Generator().check(new CheckRequest(playbook, Optional.empty()));
            Supplier<Report> build = () -> new Generator().build(new BuildRequest(playbook, site, Optional.empty()));
            for (int w = 0; w < warmups; w++) {
                failOnErrors(check.get());
                failOnErrors(build.get());
            }
            StringBuilder line = new StringBuilder();
            for (int i = 3; i < args.length; i++) {
                if (warmups > 0) {
                    System.gc();
                }
                long cpu = warmups > 0 ? cpuNanos() : 0;
                long start = System.nanoTime();
                failOnErrors((args[i].equals("check") ? check : build).get());
                line.append(String.format(Locale.ROOT, "%.4f %.4f ", (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9));
            }
            System.out.println(line.toString().trim());
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
        }

        private static void failOnErrors(Report report) {
            if (report.hasErrors()) {
                System.out.println(report.summary());
                System.exit(1);
            }
        }
    }
}
