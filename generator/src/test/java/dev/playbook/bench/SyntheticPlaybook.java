package dev.playbook.bench;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a large, valid synthetic playbook for benchmarks: the structured documents of a sample
 * playbook (normally {@code ../content}) plus {@code pages} generated guide pages of about 800 words
 * each, spread over {@code team/}, {@code leadership/} and {@code management/} in sub-folders of
 * {@value #PAGES_PER_FOLDER} pages ({@code team/guides/b03/g01234.md}).
 *
 * <p>Every guide has front matter with role and stage ids taken from the sample's {@code roles} and
 * {@code sales-process} documents, 4-6 headings, bullet lists, a table, a task list, 3-5 relative links
 * to other generated guides (some to a heading anchor that exists in the target) and one link to a stage
 * anchor of the sales process. Output depends only on the arguments and the sample: one
 * {@link Random} seeded with {@code seed} drives all choices.
 *
 * <p>The sample's Markdown pages ({@code index.md}, its guides) are copied too: its YAML text fields
 * link to them, and without them the playbook would have broken links.
 */
public final class SyntheticPlaybook {

    public static final int PAGES_PER_FOLDER = 500;
    /** Hidden (so the content reader skips it); marks a folder this class wrote and may replace. */
    public static final String MARKER = ".synthetic-playbook";
    private static final String[] PLAYBOOKS = {"team", "leadership", "management"};

    private static final String[] WORDS = (
            "account accounts activity activities adoption agenda alignment analysis analytics annual approval "
            + "assumption attainment audience authority average baseline battlecard benchmark benefit board budget "
            + "business buyer buyers buying calendar call campaign capacity cadence case champion change channel "
            + "churn close closing coaching cohort cold colleague commission commit commitment committee company "
            + "competitor competitive conversion consensus contact contract conversation cost coverage criteria "
            + "customer customers dashboard data deadline deal deals decision define demand demo demonstrate "
            + "deployment discount discovery document economic email enablement engagement enterprise entry "
            + "evaluation evidence executive expansion expectation experiment feedback field first follow forecast "
            + "framework funnel gap goal growth handoff health hiring hypothesis ideal impact implementation inbound "
            + "incentive influence initiative input insight integration interest interview invoice journey "
            + "kickoff leader leadership lead leads legal license lifecycle list logo loss manager margin market "
            + "marketing meeting meetings mentor message metric metrics milestone mission model momentum monthly "
            + "motion mutual narrative need negotiation network next notes nurture objection objections objective "
            + "offer onboarding opportunity order organisation outbound outcome outcomes output owner pain partner "
            + "payback persona pipeline plan planning platform playbook point policy portfolio positioning "
            + "potential practice premium preparation presentation price pricing priority problem process "
            + "procurement product profile progress project proof proposal prospect prospecting purchase "
            + "qualification quarter question questions quota rate ratio reason recap reference referral region "
            + "relationship renewal report request requirement research resource response result retention "
            + "revenue review risk roadmap role rollout sales scope score script segment sequence service "
            + "signal signature skill solution sponsor stage stakeholder standard strategy success summary "
            + "support survey target task team technical territory testimonial timeline tool touch training "
            + "trial trigger trust update upsell usage value velocity vendor vision volume weekly win workflow "
            + "workshop yearly agree ask build confirm create deliver discuss explain identify improve "
            + "measure prepare present prioritise qualify record schedule share track understand validate verify "
            + "clear early late strong weak shared written signed open active new current previous realistic "
            + "specific measurable quarterly strategic tactical regional global internal external senior junior "
            + "key critical simple short long").split(" ");

    private SyntheticPlaybook() {
    }

    /** Command line: {@code SyntheticPlaybook DIR PAGES [SEED] [SAMPLE_CONTENT]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticPlaybook DIR PAGES [SEED] [SAMPLE_CONTENT (default ../content)]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Path sample = args.length > 3 ? Path.of(args[3]) : Path.of("../content");
        replace(dir);
        write(dir, pages, seed, sample);
        System.out.println("wrote " + pages + " guides to " + dir);
    }

    /** Writes the playbook with the sample from {@code ../content}. */
    public static void write(Path dir, int pages, long seed) throws IOException {
        write(dir, pages, seed, Path.of("../content"));
    }

    /**
     * Writes the playbook into {@code dir}, which must be new or empty, copying the sample from
     * {@code sample} (a playbook folder with {@code playbook.yaml}, {@code roles} and {@code sales-process}).
     */
    public static void write(Path dir, int pages, long seed, Path sample) throws IOException {
        write(dir, pages, seed, sample, 1.0);
    }

    /**
     * As {@link #write(Path, int, long, Path)}, with only about {@code stagedShare} (0..1) of the guides
     * carrying {@code stages}. Guides sharing a stage list each other as related guides, which grows with
     * the square of the number of guides; a small share measures the rest of the pipeline at large sizes.
     */
    public static void write(Path dir, int pages, long seed, Path sample, double stagedShare) throws IOException {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be >= 0");
        }
        if (!(stagedShare >= 0 && stagedShare <= 1)) {
            throw new IllegalArgumentException("stagedShare must be between 0 and 1");
        }
        if (!Files.isRegularFile(sample.resolve("playbook.yaml"))) {
            throw new IllegalArgumentException("no playbook.yaml in sample content " + sample.toAbsolutePath().normalize());
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty");
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "synthetic benchmark playbook; safe to delete\n");
        Sample copied = copySample(sample, dir);
        new Writer(dir, pages, new Random(seed), copied, stagedShare).write();
    }

    /** Deletes {@code dir} when it is a folder this class wrote (it has the marker); refuses other folders. */
    public static void replace(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.exists(dir.resolve(MARKER))) {
            throw new IllegalArgumentException("refusing to delete " + dir + ": it has no " + MARKER + " marker");
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** What the generated guides need from the sample: valid role and stage ids and where the stages are. */
    private record Sample(List<String> roles, List<String> stages, String salesProcessPath) {
    }

    private static Sample copySample(Path sample, Path dir) throws IOException {
        List<String> roles = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        String salesProcess = null;
        Load load = new Load(LoadSettings.builder().build());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sample)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !hidden(sample.relativize(p))).sorted().toList();
        }
        for (Path file : files) {
            String relative = sample.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            Path target = dir.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            if (!relative.endsWith(".yaml") && !relative.endsWith(".yml")) {
                continue;
            }
            Object data;
            try {
                data = load.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                continue; // an invalid sample file is the generator's business, not ours
            }
            if (!(data instanceof Map<?, ?> map)) {
                continue;
            }
            Object kind = map.get("kind");
            if ("roles".equals(kind)) {
                roles.addAll(ids(map.get("roles")));
            } else if ("sales-process".equals(kind)) {
                stages.addAll(ids(map.get("stages")));
                salesProcess = relative;
            }
        }
        if (roles.isEmpty() || stages.isEmpty() || salesProcess == null) {
            throw new IllegalArgumentException("sample content " + sample.toAbsolutePath().normalize()
                    + " needs a roles document and a sales-process document with ids (found " + roles.size()
                    + " roles, " + stages.size() + " stages)");
        }
        return new Sample(List.copyOf(roles), List.copyOf(stages), salesProcess);
    }

    private static List<String> ids(Object list) {
        List<String> ids = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && map.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** One heading of a planned page, with the id flexmark gives it. */
    private record Heading(int level, String text, String id) {
    }

    /** A page's path and headings, planned before any page is written so that links can target headings. */
    private record Plan(String path, String title, List<Heading> headings) {
    }

    private static final class Writer {
        private final Path dir;
        private final int pages;
        private final Random random;
        private final Sample sample;
        private final Plan[] plans;
        private final double stagedShare;

        Writer(Path dir, int pages, Random random, Sample sample, double stagedShare) {
            this.stagedShare = stagedShare;
            this.dir = dir;
            this.pages = pages;
            this.random = random;
            this.sample = sample;
            this.plans = new Plan[pages];
        }

        void write() throws IOException {
            int[] perPlaybook = new int[PLAYBOOKS.length];
            for (int i = 0; i < pages; i++) {
                int playbook = i % PLAYBOOKS.length;
                int folder = perPlaybook[playbook]++ / PAGES_PER_FOLDER;
                String path = String.format(Locale.ROOT, "%s/guides/b%02d/g%05d.md", PLAYBOOKS[playbook], folder, i);
                plans[i] = new Plan(path, capitalize(words(3 + random.nextInt(4))), headings());
            }
            for (int i = 0; i < pages; i++) {
                Path file = dir.resolve(plans[i].path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page(i), StandardCharsets.UTF_8);
            }
        }

        /** 4-6 headings, unique ids, the first one a {@code ##}; {@code ###} only below a {@code ##}. */
        private List<Heading> headings() {
            int count = 4 + random.nextInt(3);
            List<Heading> headings = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            while (headings.size() < count) {
                String text = capitalize(words(2 + random.nextInt(3)));
                String id = headingId(text);
                if (!ids.add(id)) {
                    continue;
                }
                int level = headings.isEmpty() || random.nextInt(3) > 0 ? 2 : 3;
                headings.add(new Heading(level, text, id));
            }
            return headings;
        }

        private String page(int index) {
            Plan plan = plans[index];
            StringBuilder md = new StringBuilder(6000);
            md.append("---\n");
            md.append("title: \"").append(plan.title()).append("\"\n");
            md.append("owner: ").append(pick(sample.roles())).append('\n');
            md.append(String.format(Locale.ROOT, "last_reviewed: 2026-%02d-%02d\n", 9 + random.nextInt(3), 1 + random.nextInt(20)));
            md.append("audience: [").append(String.join(", ", distinct(sample.roles(), 1 + random.nextInt(3)))).append("]\n");
            // the random draw only when asked for, so that the default output does not change
            if (stagedShare >= 1 || random.nextDouble() < stagedShare) {
                md.append("stages: [").append(String.join(", ", distinct(sample.stages(), 1 + random.nextInt(2)))).append("]\n");
            }
            md.append("summary: \"").append(sentence(12 + random.nextInt(10))).append("\"\n");
            md.append("---\n\n");

            List<Heading> headings = plan.headings();
            int sections = headings.size();
            // where the fixed elements go: one table, one task list, the stage link; bullet lists in about half
            int tableAt = random.nextInt(sections);
            int tasksAt = random.nextInt(sections);
            int stageAt = random.nextInt(sections);
            int links = pages > 1 ? 3 + random.nextInt(3) : 0;
            int[] linksIn = new int[sections];
            for (int l = 0; l < links; l++) {
                linksIn[random.nextInt(sections)]++;
            }

            paragraph(md, 40 + random.nextInt(30), 0, index, false);
            for (int s = 0; s < sections; s++) {
                Heading heading = headings.get(s);
                md.append("#".repeat(heading.level())).append(' ').append(heading.text()).append("\n\n");
                paragraph(md, 55 + random.nextInt(35), linksIn[s], index, s == stageAt);
                if (s == tableAt) {
                    table(md);
                }
                if (s == tasksAt) {
                    tasks(md);
                }
                if (s % 2 == 0 || random.nextBoolean()) {
                    bullets(md);
                }
                if (random.nextBoolean()) {
                    paragraph(md, 25 + random.nextInt(25), 0, index, false);
                }
            }
            return md.toString();
        }

        /** A paragraph of about {@code words} words with {@code links} guide links and maybe the stage link. */
        private void paragraph(StringBuilder md, int words, int links, int self, boolean stageLink) {
            List<String> sentences = new ArrayList<>();
            int written = 0;
            while (written < words) {
                int length = 8 + random.nextInt(10);
                sentences.add(sentence(length));
                written += length;
            }
            for (int l = 0; l < links; l++) {
                sentences.add(random.nextInt(sentences.size() + 1), "See " + guideLink(self) + " for the details.");
            }
            if (stageLink) {
                String stage = pick(sample.stages());
                sentences.add(random.nextInt(sentences.size() + 1), "This applies to the [" + words(2) + " stage]("
                        + relative(plans[self].path(), sample.salesProcessPath()) + "#stage-" + stage + ").");
            }
            wrap(md, String.join(" ", sentences));
            md.append("\n\n");
        }

        /** A link to another generated guide, to one of its headings every other time. */
        private String guideLink(int self) {
            int target = random.nextInt(pages - 1);
            if (target >= self) {
                target++;
            }
            Plan plan = plans[target];
            String href = relative(plans[self].path(), plan.path());
            if (random.nextBoolean()) {
                href += "#" + plan.headings().get(random.nextInt(plan.headings().size())).id();
            }
            return "[" + plan.title().toLowerCase(Locale.ROOT) + "](" + href + ")";
        }

        private void bullets(StringBuilder md) {
            int items = 3 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                md.append("* ").append(capitalize(words(5 + random.nextInt(8)))).append('\n');
            }
            md.append('\n');
        }

        private void tasks(StringBuilder md) {
            int items = 3 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                md.append(random.nextInt(3) == 0 ? "- [x] " : "- [ ] ")
                        .append(capitalize(words(4 + random.nextInt(6)))).append('\n');
            }
            md.append('\n');
        }

        private void table(StringBuilder md) {
            md.append("| ").append(capitalize(word())).append(" | ").append(capitalize(word()))
                    .append(" | ").append(capitalize(word())).append(" |\n");
            md.append("|---|---|---|\n");
            int rows = 3 + random.nextInt(3);
            for (int r = 0; r < rows; r++) {
                md.append("| ").append(capitalize(words(1 + random.nextInt(2))))
                        .append(" | ").append(words(2 + random.nextInt(4)))
                        .append(" | ").append(1 + random.nextInt(90)).append(random.nextBoolean() ? "%" : " days")
                        .append(" |\n");
            }
            md.append('\n');
        }

        private String sentence(int words) {
            return capitalize(words(words)) + ".";
        }

        private String words(int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(word());
            }
            return text.toString();
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }

        private List<String> distinct(List<String> values, int count) {
            List<String> copy = new ArrayList<>(values);
            java.util.Collections.shuffle(copy, random);
            return copy.subList(0, Math.min(count, copy.size()));
        }
    }

    /** The id flexmark generates for a heading: lowercase, spaces, '-' and '_' to '-', other punctuation dropped. */
    static String headingId(String text) {
        StringBuilder id = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                id.append(Character.toLowerCase(c));
            } else if (c == ' ' || c == '-' || c == '_') {
                id.append('-');
            }
        }
        return id.toString();
    }

    /** The relative link from the page {@code from} to the file {@code to}, both relative to the content root. */
    static String relative(String from, String to) {
        Path base = Path.of(from).getParent();
        Path target = Path.of(to);
        String link = (base == null ? target : base.relativize(target)).toString();
        return link.replace(java.io.File.separatorChar, '/');
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Wraps at about 100 columns, as authors do. */
    private static void wrap(StringBuilder md, String text) {
        int column = 0;
        for (String token : text.split(" ")) {
            if (column > 0 && column + 1 + token.length() > 100) {
                md.append('\n');
                column = 0;
            } else if (column > 0) {
                md.append(' ');
                column++;
            }
            md.append(token);
            column += token.length();
        }
    }
}
