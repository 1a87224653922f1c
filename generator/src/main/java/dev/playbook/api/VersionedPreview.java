package dev.playbook.api;

import dev.playbook.model.GitTag;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.SiteSettings;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.publish.ScratchSite;
import dev.playbook.publish.Staging;
import dev.playbook.serve.OverlayProblem;
import dev.playbook.source.ContentWatcher;
import dev.playbook.source.GitTags;
import dev.playbook.source.TagWatcher;
import dev.playbook.version.SiteLayout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code playbook serve --versions PATTERN [--draft]}: the site {@code build --versions} publishes, previewed. The
 * released versions (the tags matching the pattern) are built as that build builds them, into a {@link ScratchSite}
 * of the preview's own (so a version unchanged since the last build is reused by its build stamp, and a version
 * with errors keeps its previous build), and served from memory. With the draft, the working tree is the version
 * {@code next/}, built warm ({@link LiveBuild}) on every save, its What changed counted from the latest release.
 * The files that tie the versions together (latest/, versions.json, the entry page, the feed) are made in memory
 * by the build's own code. The repository's tags are followed: a matching tag added, moved or deleted builds the
 * releases again; so does a theme edit, which changes every version. Every problem's message names its version,
 * as {@code check --versions} reports them.
 */
final class VersionedPreview implements PreviewSite {

    /** How often the repository's tags are looked at: a new tag shows within about this long. */
    static final Duration TAG_POLL = Duration.ofMillis(500);

    private final PreviewRequest request;
    private final String pattern;
    private final VersionedBuild versions;
    private final ScratchSite scratch;
    private final VersionsRequest releasesRequest;
    private final Supplier<LocalDate> today;
    private final Optional<LiveBuild> draft;
    private final String prefix;

    /** The last build of the released versions, and their files as published into the scratch site. */
    private VersionedBuild.Released released;
    private Map<String, byte[]> releasedFiles = Map.of();
    /** How many times the releases were built: the files that tie them together are made again after each. */
    private int releaseBuilds;
    /** The draft's site now served (none until it first builds clean) and its latest build's report. */
    private Map<String, byte[]> draftSite = Map.of();
    private Report draftReport = Report.empty();
    private Tie tie = Tie.NONE;
    /** The whole site now served. */
    private Map<String, byte[]> site = Map.of();

    VersionedPreview(Pipeline warm, VersionedBuild versions, PreviewRequest request) {
        this.request = request;
        this.pattern = request.versions().orElseThrow(() -> new IllegalArgumentException("a versioned preview needs a tag pattern"));
        this.versions = versions;
        this.prefix = Position.prefixFor(request.content());
        this.today = request::buildDay;
        this.draft = request.draft()
                ? Optional.of(new LiveBuild(warm, request.content(), request.theme(), today, Optional.of(
                new Pipeline.VersionContext(new SiteVersion(SiteLayout.DRAFT, true), this::draftHistory))))
                : Optional.empty();
        this.scratch = ScratchSite.create();
        this.releasesRequest = new VersionsRequest(request.content(), scratch.output(), request.theme(), pattern, request.draft(),
                today.get());
    }

    /** The draft's place in the history: the version after the releases, whichever build of it this is. */
    private VersionHistory draftHistory(Playbook playbook) {
        return released.history().nextFrom(released.afterReleases(), SiteLayout.DRAFT, today.get(), playbook);
    }

    @Override
    public Step first() {
        return buildVersions(LiveBuild::buildAll);
    }

    @Override
    public List<AutoCloseable> watch(Rebuilds rebuild) {
        List<AutoCloseable> watchers = new ArrayList<>();
        // without the draft the working tree is no version: only the theme's files change the site
        List<Path> folders = PreviewSite.folders(draft.map(d -> request.content()), request.theme());
        if (!folders.isEmpty()) {
            watchers.add(ContentWatcher.start(folders, PreviewSite::ignored, request.quiet(),
                    (changed, settled) -> rebuild.rebuild(() -> rebuild(changed), settled)));
        }
        try {
            watchers.add(TagWatcher.start(request.content(), TAG_POLL, () -> rebuild.rebuild(this::tagsMoved)));
        } catch (RuntimeException e) {
            watchers.forEach(VersionedPreview::closeQuietly);
            throw e;
        }
        return watchers;
    }

    private static void closeQuietly(AutoCloseable watcher) {
        try {
            watcher.close();
        } catch (Exception ignored) {
            // stopping: nothing more is watched either way
        }
    }

    /** A save in the working tree rebuilds the draft; one in the theme, every version. */
    private Optional<Step> rebuild(Collection<Path> changed) {
        if (PreviewSite.inTheme(changed, request.theme())) {
            // told first: if the releases fail to build, the draft must still leave its old templates behind
            draft.ifPresent(LiveBuild::themeChanged);
            return Optional.of(buildVersions(live -> live.rebuild(changed)));
        }
        return draft.map(live -> draftStep(live.rebuild(changed)));
    }

    /** The tags changed: the releases are built again when the versions they make are not the ones served. */
    private Optional<Step> tagsMoved() {
        VersionedBuild.Matching now;
        try (GitTags git = GitTags.open(request.content())) {
            now = VersionedBuild.matching(git.all(), pattern);
        }
        if (now.equals(released.matching())) {
            return Optional.empty();
        }
        // the draft's What changed is counted from the latest release, which may be another one now
        return Optional.of(buildVersions(live -> live.rebuild(List.of())));
    }

    /** Builds the released versions into the scratch site, then the draft with {@code buildDraft}, and ties them together. */
    private Step buildVersions(Function<LiveBuild, LiveBuild.Result> buildDraft) {
        Staging staging = scratch.stage();
        VersionedBuild.Released built;
        try {
            built = versions.releases(releasesRequest, Optional.of(staging));
            staging.commit();
        } catch (RuntimeException | Error e) {
            staging.discard();
            throw e;
        }
        released = built;
        releasedFiles = scratch.files();
        releaseBuilds++;
        draft.map(buildDraft).ifPresent(this::remember);
        VersionsReport report = report();
        Set<String> changed = recompose();
        int pages = report.versions().values().stream().mapToInt(Report::pages).sum();
        return new Step(site, changed, true, pages, report.combined().problems(), overlay(), Optional.of(report));
    }

    private Step draftStep(LiveBuild.Result result) {
        remember(result);
        List<Problem> problems = result.problems().stream().map(problem -> VersionsReport.named(SiteLayout.DRAFT, problem)).toList();
        if (!result.published()) {
            return new Step(site, Set.of(), false, 0, problems, overlay(), Optional.empty());
        }
        Set<String> changed = recompose();
        return new Step(site, changed, true, result.report().pages(), problems, overlay(), Optional.empty());
    }

    private void remember(LiveBuild.Result result) {
        draftSite = result.site();
        draftReport = result.report();
    }

    @Override
    public Optional<Step> completeIndex() {
        return withIndex(draft.flatMap(LiveBuild::completeIndex));
    }

    @Override
    public Optional<Step> completeIndexIfDone() {
        return withIndex(draft.flatMap(LiveBuild::completeIndexIfDone));
    }

    @Override
    public void whenIndexed(Runnable action) {
        draft.ifPresent(live -> live.whenIndexed(action));
    }

    /** The draft's search index, when it has one to add, put into the site of every version. */
    private Optional<Step> withIndex(Optional<LiveBuild.Result> index) {
        if (index.isEmpty()) {
            return Optional.empty();
        }
        draftSite = index.get().site();
        Set<String> changed = recompose();
        return Optional.of(new Step(site, changed, true, 0, List.of(), overlay(), Optional.empty()));
    }

    /** Lays the site out again from its parts ({@link #compose()}) and says which of its files changed. */
    private Set<String> recompose() {
        Map<String, byte[]> next = compose();
        Set<String> changed = LiveBuild.changedPaths(site, next);
        site = next;
        return changed;
    }

    private boolean draftServed() {
        return !draftSite.isEmpty();
    }

    /** The released versions, the draft in next/ with its pages.json, and the files that tie them, as the build lays them out. */
    private Map<String, byte[]> compose() {
        Map<String, byte[]> files = new HashMap<>(releasedFiles);
        if (draftServed()) {
            String folder = SiteLayout.folder(SiteLayout.DRAFT);
            draftSite.forEach((path, bytes) -> files.put(folder + path, bytes));
            files.put(folder + SiteLayout.PAGES_FILE, SiteLayout.pagesJson(draft.orElseThrow().pagePaths()));
        }
        // a build that publishes no version writes nothing, not even these
        if (!released.shown().isEmpty() || draftServed()) {
            files.putAll(tieFiles(files));
        }
        return files;
    }

    /**
     * latest/, versions.json, the entry page and the feed, made by the build's own code over the files in memory.
     * Only the releases, whether the draft is served, and the title and site settings the history last heard of
     * decide them: while those stay, a save reuses them (rendering the entry page is not free).
     */
    private Map<String, byte[]> tieFiles(Map<String, byte[]> files) {
        VersionedBuild.History history = released.history();
        Tie.Key key = new Tie.Key(releaseBuilds, draftServed(), history.latestTitle(), history.latestSite());
        if (!key.equals(tie.key())) {
            Map<String, byte[]> written = new HashMap<>();
            VersionedBuild.tie(new InMemory(files, written), released.shown(), draftServed(), request.theme(), history);
            tie = new Tie(key, Map.copyOf(written));
        }
        return tie.files();
    }

    /** The files that tie the versions together, and what they were made from. */
    private record Tie(Key key, Map<String, byte[]> files) {

        static final Tie NONE = new Tie(new Key(-1, false, "", SiteSettings.defaults()), Map.of());

        record Key(int releaseBuilds, boolean draft, String title, SiteSettings site) {
        }
    }

    /** The tie's output over the site in memory: copies read {@code files}, and everything goes into {@code written}. */
    private record InMemory(Map<String, byte[]> files, Map<String, byte[]> written) implements VersionedBuild.TieOutput {

        @Override
        public void write(String path, byte[] content) {
            written.put(path, content);
        }

        @Override
        public boolean copyFile(String from, String to) {
            byte[] bytes = files.get(from);
            if (bytes != null) {
                written.put(to, bytes);
            }
            return bytes != null;
        }

        @Override
        public void copyTree(String from, String to) {
            String folder = SiteLayout.folder(from);
            files.forEach((path, bytes) -> {
                if (path.startsWith(folder)) {
                    written.put(SiteLayout.folder(to) + path.substring(folder.length()), bytes);
                }
            });
        }
    }

    /** What {@code build --versions} would report of the site now served: each version's report, the draft's last. */
    private VersionsReport report() {
        Map<String, Report> reports = new LinkedHashMap<>(released.reports());
        List<String> names = new ArrayList<>(released.shown().versions().stream().map(GitTag::name).toList());
        List<String> keptPrevious = new ArrayList<>(released.keptPrevious());
        if (draft.isPresent()) {
            reports.put(SiteLayout.DRAFT, draftReport);
            if (draftServed()) {
                names.add(SiteLayout.DRAFT);
                if (draftReport.hasErrors()) {
                    keptPrevious.add(SiteLayout.DRAFT);
                }
            }
        }
        boolean written = !released.shown().isEmpty() || draftServed();
        return new VersionsReport(reports, released.shown().latest().map(GitTag::name), written, released.reused(), names, keptPrevious);
    }

    /** The errors of every version, each named, with the lines of that version's file around it. */
    private List<OverlayProblem> overlay() {
        List<OverlayProblem> shown = new ArrayList<>();
        Map<String, Report> reports = new LinkedHashMap<>(released.reports());
        draft.ifPresent(live -> reports.put(SiteLayout.DRAFT, draftReport));
        reports.forEach((version, report) -> shown.addAll(PreviewSite.overlay(report, prefix, problem -> VersionsReport.named(version, problem))));
        return shown;
    }

    @Override
    public void close() {
        scratch.close();
    }
}
