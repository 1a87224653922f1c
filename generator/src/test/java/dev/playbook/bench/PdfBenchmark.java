package dev.playbook.bench;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.api.Report;
import dev.playbook.model.TakeAways;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): what the take-away packs cost. In one JVM, after one unmeasured round, each run builds the
 * playbook three ways, taking turns going first: plain, with PDFs ({pdf}) and with the offline pack ({offline});
 * medians are reported, with the PDFs' cost per printed page and the sizes of the PDFs and of the pack.
 *
 * <pre>
 *   --pages N      comma list; 0 is the sample playbook itself (default 0,1000)
 *   --runs R       measured runs per size (default 3)
 *   --content DIR  the sample playbook (default ../content)
 *   --work DIR     where the playbooks and sites go (default target/bench-pdf)
 * </pre>
 */
public final class PdfBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 3;
        Path content = Path.of("../content");
        Path work = Path.of("target/bench-pdf");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> Arrays.stream(args[i + 1].split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(s -> sizes.add(Integer.parseInt(s)));
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--content" -> content = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: PdfBenchmark [--pages N,...] [--runs R] [--content DIR] [--work DIR]");
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(0, 1000));
        }
        System.out.printf(Locale.ROOT, "take-away packs: one JVM, 1 unmeasured round, median of %d runs, %d processors, max heap %d MiB%n",
                runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> rows = new ArrayList<>();
        for (int pages : sizes) {
            Path source = pages == 0 ? content : work.resolve("p" + pages + "-content");
            if (pages > 0) {
                if (Files.exists(source)) {
                    SyntheticPlaybook.replace(source);
                }
                SyntheticPlaybook.write(source, pages, 42, content);
            }
            List<Long> plain = new ArrayList<>();
            List<Long> pdf = new ArrayList<>();
            List<Long> offline = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                List<Runnable> kinds = new ArrayList<>();
                Path base = work.resolve("p" + pages);
                boolean measured = run > 0;
                kinds.add(() -> time(source, base.resolve("plain"), TakeAways.NONE, measured ? plain : null));
                kinds.add(() -> time(source, base.resolve("pdf"), new TakeAways(true, false), measured ? pdf : null));
                kinds.add(() -> time(source, base.resolve("offline"), new TakeAways(false, true), measured ? offline : null));
                Collections.rotate(kinds, run);
                kinds.forEach(Runnable::run);
            }
            Path pdfSite = work.resolve("p" + pages).resolve("pdf");
            long playbookBytes = Files.size(pdfSite.resolve("playbook.pdf"));
            int playbookPages;
            try (PDDocument document = Loader.loadPDF(pdfSite.resolve("playbook.pdf").toFile())) {
                playbookPages = document.getNumberOfPages();
            }
            long roleBytes = 0;
            int rolePages = 0;
            int roleFiles = 0;
            try (Stream<Path> files = Files.list(pdfSite.resolve("roles"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    roleBytes += Files.size(file);
                    roleFiles++;
                    try (PDDocument document = Loader.loadPDF(file.toFile())) {
                        rolePages += document.getNumberOfPages();
                    }
                }
            }
            long zipBytes = Files.size(work.resolve("p" + pages).resolve("offline").resolve("playbook.zip"));
            long siteBytes = folderSize(work.resolve("p" + pages).resolve("plain"));
            long cost = median(pdf) - median(plain);
            rows.add(String.format(Locale.ROOT,
                    "%s: build %d ms; with PDFs %d ms (+%d ms: %d PDF pages, %.1f ms a page); with the offline pack %d ms (+%d ms)%n"
                            + "   playbook.pdf %d pages, %.1f MiB; %d role PDFs %d pages, %.1f MiB; site %.1f MiB, playbook.zip %.1f MiB",
                    pages == 0 ? "sample" : pages + " guide pages", median(plain), median(pdf), cost, playbookPages + rolePages,
                    (double) cost / (playbookPages + rolePages), median(offline), median(offline) - median(plain),
                    playbookPages, mib(playbookBytes), roleFiles, rolePages, mib(roleBytes), mib(siteBytes), mib(zipBytes)));
            System.out.println(rows.get(rows.size() - 1));
        }
    }

    private static void time(Path content, Path out, TakeAways takeAways, List<Long> into) {
        long start = System.nanoTime();
        Report report = new Generator().build(new BuildRequest(content, out, Optional.empty(), TODAY, true, takeAways));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.hasErrors()) {
            throw new IllegalStateException("the playbook has errors: " + report.problems().get(0).format());
        }
        if (into != null) {
            into.add(millis);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
