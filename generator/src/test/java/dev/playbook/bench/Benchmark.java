package dev.playbook.bench;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.CheckRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.Problem;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Benchmark (not a test): generates a synthetic playbook of N guides and measures, in-process,
 * {@code Generator.check} and {@code Generator.build} time and peak heap, and the build once more
 * without the search index ({@code search: {enabled: false}}), for the index's share of build time.
 *
 * <pre>
 *   --pages N      repeatable or comma list (default 1000,10000)
 *   --runs R       runs per size, the median is reported (default 3)
 *   --warmup W     unmeasured check and builds per size first, so the JIT compiler has done most of
 *                  its work before the runs that count (default 1; 0 measures from a cold JVM)
 *   --content DIR  sample playbook whose YAML documents are copied (default ../content)
 *   --work DIR     where the synthetic playbooks and sites go (default target/bench)
 *   --seed S       seed of the synthetic playbook (default 42)
 *   --staged F     share (0..1) of the guides that have stages (default 1); guides sharing a stage
 *                  list each other as related guides, which grows with the square of the page count
 * </pre>
 *
 * Exit status: 0, 1 when the synthetic playbook has errors, 2 on a usage error, 3 when a size ran out of heap.
 *
 * <p>Peak heap is the sum of the peak usage of every heap memory pool, each reset before the
 * operation; the pools peak at different moments, so the sum is an upper bound of the real peak.
 */
public final class Benchmark {

    private static final long MIB = 1024L * 1024L;

    /** How often the sampler reads the total heap in use. */
    private static final long SAMPLE_MILLIS = 5;

    /** One operation: wall time, CPU time of the whole process, time its threads stood still for the collector. */
    private record Sample(double seconds, double cpuSeconds, double gcSeconds, long peakHeapBytes, long sampledPeakBytes, Report report) {
    }

    private record Row(int pages, int sitePages, double build, double check, long buildHeap, long checkHeap,
                       long buildSampled, long checkSampled, long errors, long warnings, double buildWithoutSearch,
                       double indexRatio) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 3;
        int warmup = 1;
        long seed = 42L;
        double staged = 1.0;
        Path content = Path.of("../content");
        Path work = Path.of("target/bench");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--pages" -> {
                    for (String n : require(arg, value).split(",")) {
                        if (!n.isBlank()) {
                            sizes.add(Integer.parseInt(n.trim()));
                        }
                    }
                    i++;
                }
                case "--runs" -> {
                    runs = Integer.parseInt(require(arg, value));
                    i++;
                }
                case "--warmup" -> {
                    warmup = Integer.parseInt(require(arg, value));
                    i++;
                }
                case "--seed" -> {
                    seed = Long.parseLong(require(arg, value));
                    i++;
                }
                case "--staged" -> {
                    staged = Double.parseDouble(require(arg, value));
                    i++;
                }
                case "--content" -> {
                    content = Path.of(require(arg, value));
                    i++;
                }
                case "--work" -> {
                    work = Path.of(require(arg, value));
                    i++;
                }
                case "-h", "--help" -> {
                    System.out.println("usage: Benchmark [--pages N[,N...]]... [--runs R] [--warmup W] [--content DIR] [--work DIR] [--seed S] [--staged F]");
                    return;
                }
                default -> usage("unknown argument " + arg);
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(1000, 10000));
        }
        if (runs < 1) {
            usage("--runs must be at least 1");
        }

        System.out.printf(Locale.ROOT, "Playbook %s benchmark, Java %s, %d processors, Runtime.maxMemory() = %d MiB%n",
                Generator.version(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB);
        System.out.println("heap pools: " + heapPools().stream().map(MemoryPoolMXBean::getName).toList());

        List<Row> rows = new ArrayList<>();
        boolean outOfHeap = false;
        for (int pages : sizes) {
            Path base = work.resolve("p" + pages);
            Path playbook = base.resolve("content");
            Path site = base.resolve("site");
            long start = System.nanoTime();
            SyntheticPlaybook.replace(playbook);
            SyntheticPlaybook.write(playbook, pages, seed, content, staged);
            System.out.printf(Locale.ROOT, "%n%d pages: generated %s in %.1f s%s%n", pages, playbook,
                    (System.nanoTime() - start) / 1e9, staged < 1 ? String.format(Locale.ROOT, " (%.0f%% with stages)", staged * 100) : "");

            double[] build = new double[runs];
            double[] check = new double[runs];
            double[] plain = new double[runs];
            long buildHeap = 0;
            long checkHeap = 0;
            long buildSampled = 0;
            long checkSampled = 0;
            Report last = null;
            int done = 0;
            for (int w = 0; w < warmup; w++) {
                Path input = playbook;
                new Generator().check(new CheckRequest(input, Optional.empty()));
                new Generator().build(new BuildRequest(input, site, Optional.empty()));
                withoutSearch(input, () -> measure(() -> new Generator().build(new BuildRequest(input, site, Optional.empty()))));
            }
            for (int r = 0; r < runs; r++) {
                Path input = playbook;
                Sample checked = measure(() -> new Generator().check(new CheckRequest(input, Optional.empty())));
                if (outOfMemory(r, "check", checked)) {
                    break;
                }
                failOnErrors(pages, "check", checked.report());
                // the two builds take turns going first, so neither always runs on the other's leftovers
                Supplier<Sample> withSearch = () -> measure(() -> new Generator().build(new BuildRequest(input, site, Optional.empty())));
                Supplier<Sample> plainBuild = () -> withoutSearch(input, withSearch);
                Sample withoutSearch = r % 2 == 1 ? plainBuild.get() : null;
                Sample built = withSearch.get();
                if (outOfMemory(r, "build", built)) {
                    break;
                }
                failOnErrors(pages, "build", built.report());
                if (withoutSearch == null) {
                    withoutSearch = plainBuild.get();
                }
                if (outOfMemory(r, "build without search", withoutSearch)) {
                    break;
                }
                plain[r] = withoutSearch.seconds();
                check[r] = checked.seconds();
                build[r] = built.seconds();
                checkHeap = Math.max(checkHeap, checked.peakHeapBytes());
                buildHeap = Math.max(buildHeap, built.peakHeapBytes());
                checkSampled = Math.max(checkSampled, checked.sampledPeakBytes());
                buildSampled = Math.max(buildSampled, built.sampledPeakBytes());
                last = built.report();
                done++;
                System.out.printf(Locale.ROOT, "  run %d: check %.2f s (peak heap %d MiB, sampled %d MiB), build %.2f s (peak heap %d MiB, sampled %d MiB), %d site pages, %s%n",
                        r + 1, checked.seconds(), checked.peakHeapBytes() / MIB, checked.sampledPeakBytes() / MIB,
                        built.seconds(), built.peakHeapBytes() / MIB, built.sampledPeakBytes() / MIB,
                        built.report().pages(), built.report().summary());
                System.out.printf(Locale.ROOT, "         build with search index    %.2f s (cpu %.2f s, gc %.2f s)%n",
                        built.seconds(), built.cpuSeconds(), built.gcSeconds());
                System.out.printf(Locale.ROOT, "         build without search index %.2f s (cpu %.2f s, gc %.2f s)%n",
                        withoutSearch.seconds(), withoutSearch.cpuSeconds(), withoutSearch.gcSeconds());
            }
            outOfHeap |= done < runs;
            if (done == 0) {
                rows.add(new Row(pages, -1, Double.NaN, Double.NaN, -1, -1, -1, -1, -1, -1, Double.NaN, Double.NaN));
            } else {
                rows.add(new Row(pages, last.pages(), median(Arrays.copyOf(build, done)), median(Arrays.copyOf(check, done)),
                        buildHeap, checkHeap, buildSampled, checkSampled, last.errors(), last.warnings(),
                        median(Arrays.copyOf(plain, done)), median(ratios(build, plain, done))));
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "median of %d run(s) after %d unmeasured; peak heap = max over runs of the summed heap pool peaks"
                + " (an upper bound: pools peak at different moments); sampled = max heap in use, read every %d ms;%n"
                + "index %% = median over runs of (build / build without search) - 1, each run's two builds side by side%n", runs, warmup, SAMPLE_MILLIS);
        System.out.printf(Locale.ROOT, "%8s %10s %10s %10s %15s %15s %13s %13s %7s %9s %17s %8s%n",
                "pages", "site pages", "build s", "check s", "build heap MiB", "check heap MiB",
                "build sampled", "check sampled", "errors", "warnings", "build no search s", "index %");
        for (Row row : rows) {
            if (row.sitePages() < 0) {
                System.out.printf(Locale.ROOT, "%8d  out of heap (see above)%n", row.pages());
                continue;
            }
            System.out.printf(Locale.ROOT, "%8d %10d %10.2f %10.2f %15d %15d %13d %13d %7d %9d %17.2f %+7.1f%%%n",
                    row.pages(), row.sitePages(), row.build(), row.check(), row.buildHeap() / MIB, row.checkHeap() / MIB,
                    row.buildSampled() / MIB, row.checkSampled() / MIB, row.errors(), row.warnings(),
                    row.buildWithoutSearch(), 100 * (row.indexRatio() - 1));
        }
        System.out.printf(Locale.ROOT, "Runtime.maxMemory() = %d MiB%n", Runtime.getRuntime().maxMemory() / MIB);
        if (outOfHeap) {
            System.exit(3);
        }
    }

    /** Runs {@code operation} with {@code search: {enabled: false}} added to the playbook's config, then restores it. */
    private static Sample withoutSearch(Path playbook, Supplier<Sample> operation) {
        Path config = playbook.resolve("playbook.yaml");
        try {
            String original = java.nio.file.Files.readString(config);
            java.nio.file.Files.writeString(config, original + "\nsearch:\n  enabled: false\n");
            try {
                return operation.get();
            } finally {
                java.nio.file.Files.writeString(config, original);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code operation} after a GC with every heap pool's peak reset; returns its time and summed peaks.
     * An {@link OutOfMemoryError} gives a sample without a report: the time to failure and the peaks so far.
     */
    private static Sample measure(Supplier<Report> operation) {
        List<MemoryPoolMXBean> pools = heapPools();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        long gcBefore = gcMillis();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        sampler.start();
        Report report;
        try {
            report = operation.get();
        } catch (OutOfMemoryError e) {
            report = null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double gcSeconds = (gcMillis() - gcBefore) / 1e3;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return new Sample(seconds, cpuSeconds, gcSeconds, peak, sampled.get(), report);
    }

    /** Collection time of every collector so far: G1's young and mixed pauses stop the build's threads. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static boolean outOfMemory(int run, String operation, Sample sample) {
        if (sample.report() != null) {
            return false;
        }
        System.gc();
        System.out.printf(Locale.ROOT, "  run %d: %s ran out of heap after %.1f s (peak heap %d MiB, sampled %d MiB, max %d MiB); skipping this size%n",
                run + 1, operation, sample.seconds(), sample.peakHeapBytes() / MIB, sample.sampledPeakBytes() / MIB,
                Runtime.getRuntime().maxMemory() / MIB);
        return true;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }

    private static void failOnErrors(int pages, String operation, Report report) {
        if (!report.hasErrors()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n%s of the %d-page synthetic playbook found %s; first problems:%n",
                operation, pages, report.summary());
        report.problems().stream().filter(Problem::isError).limit(10).forEach(p -> System.out.println("  " + p.format()));
        System.exit(1);
    }

    /**
     * Each run's build time over its build without search. A JVM grows faster from run to run (its
     * compiler is still at work), so a run's two builds are compared with each other, not with the
     * other runs'.
     */
    private static double[] ratios(double[] build, double[] plain, int runs) {
        double[] ratios = new double[runs];
        for (int r = 0; r < runs; r++) {
            ratios[r] = build[r] / plain[r];
        }
        return ratios;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String require(String option, String value) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String message) {
        System.err.println("Benchmark: " + message);
        System.err.println("usage: Benchmark [--pages N[,N...]]... [--runs R] [--warmup W] [--content DIR] [--work DIR] [--seed S] [--staged F]");
        System.exit(2);
    }
}
