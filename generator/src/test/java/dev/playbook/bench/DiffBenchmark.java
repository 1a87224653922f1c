package dev.playbook.bench;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.diff.ModelDiff;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ChangeSet;
import dev.playbook.model.ContentTree;
import dev.playbook.model.Playbook;
import dev.playbook.model.SourceFile;
import dev.playbook.source.ContentReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): what the diff stage costs between two versions, the way a versioned build uses it
 * (both pull-through models worked out, every field of every file compared, every edited guide diffed block by
 * block and word by word). The second version is the first with every file touched: each YAML file's review date
 * moved and one number changed, each guide's last paragraph edited.
 *
 * <pre>
 *   --pages N    repeatable or comma list; 0 is the sample in --content (default 0,1000)
 *   --runs R     runs per size, the median is reported (default 7), after 2 unmeasured ones
 *   --content DIR, --work DIR, --seed S  as for {@link Benchmark}
 * </pre>
 */
public final class DiffBenchmark {

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 7;
        long seed = 42L;
        Path content = Path.of("../content");
        Path work = Path.of("target/bench-diff");
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--pages" -> Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).forEach(s -> sizes.add(Integer.parseInt(s.trim())));
                case "--runs" -> runs = Integer.parseInt(value);
                case "--content" -> content = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(0, 1000));
        }
        System.out.println("| pages | files | changes | edited guides | diff (median ms) | min | max |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int pages : sizes) {
            Path dir = content;
            if (pages > 0) {
                dir = work.resolve("p" + pages);
                SyntheticPlaybook.replace(dir);
                SyntheticPlaybook.write(dir, pages, seed, content);
            }
            ContentTree tree = new ContentReader().read(dir);
            Playbook before = new ContentLoader().load(tree).playbook();
            Playbook after = new ContentLoader().load(edited(tree)).playbook();
            ChangeSet last = null;
            double[] millis = new double[runs];
            for (int run = -2; run < runs; run++) {
                long start = System.nanoTime();
                ModelDiff.Side from = new ModelDiff.Side("v1", before, new PullThroughCalculator().compute(before));
                ModelDiff.Side to = new ModelDiff.Side("v2", after, new PullThroughCalculator().compute(after));
                last = new ModelDiff().diff(from, to);
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f |%n", pages, tree.sources().size(),
                    last.changes().size(), last.edits().size(), millis[runs / 2], millis[0], millis[runs - 1]);
        }
    }

    /** Every file touched: a YAML file's review date and first number, a guide's last paragraph. */
    private static ContentTree edited(ContentTree tree) {
        List<SourceFile> sources = tree.sources().stream().map(source -> {
            String text = source.text();
            if (source.path().endsWith(".md")) {
                return new SourceFile(source.path(), text.stripTrailing() + " One more sentence in this version.\n");
            }
            text = text.replaceFirst("last_reviewed: \\S+", "last_reviewed: 2026-12-01")
                    .replaceFirst("(\\n\\s+[a-z_]+: )(\\d+(?:\\.\\d+)?)\\n", "$1$2" + "1\n");
            return new SourceFile(source.path(), text);
        }).toList();
        return new ContentTree(sources, tree.assets(), tree.problems());
    }
}
