package dev.playbook.api;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.diff.ModelDiff;
import dev.playbook.load.ContentLoader;
import dev.playbook.model.ChangeSet;
import dev.playbook.model.ContentTree;
import dev.playbook.model.GitTag;
import dev.playbook.model.Playbook;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.publish.Staging;
import dev.playbook.render.SiteRenderer;
import dev.playbook.render.Theme;
import dev.playbook.source.ContentReader;
import dev.playbook.source.GitTags;
import dev.playbook.version.BuildStamp;
import dev.playbook.version.ChangeFeed;
import dev.playbook.version.Changelog;
import dev.playbook.version.Releases;
import dev.playbook.version.SiteLayout;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects the stages for a site of several versions: the tags the source stage lists, the versions and
 * layout the version stage makes of them, the pipeline once per version, and the diff stage between one
 * version and the next. Each version is judged as of its commit's date, so the same commits always give
 * the same site.
 */
final class VersionedBuild {

    private final Pipeline pipeline;
    private final String generator;

    /** @param generator a fingerprint of the generator's code: a new generator rebuilds every version */
    VersionedBuild(Pipeline pipeline, String generator) {
        this.pipeline = pipeline;
        this.generator = generator;
    }

    /**
     * Builds every version into {@code staging} (or nowhere, for a check). A version with errors is reported and
     * not published: it keeps its previous build when the output has one, and is otherwise left out of
     * versions.json; the other versions are published all the same. A tag that names no commit is a problem of
     * its own version.
     */
    VersionsReport build(VersionsRequest request, Optional<Staging> staging) {
        Released released = releases(request, staging);
        Map<String, Report> reports = new LinkedHashMap<>(released.reports());
        List<String> keptPrevious = new ArrayList<>(released.keptPrevious());
        History history = released.history();
        boolean draft = false;
        if (request.draft()) {
            ContentTree tree = new ContentReader().read(request.content(), Optional.of(request.output()));
            Report report = buildOne(new SiteVersion(SiteLayout.DRAFT, true), tree, request.today(), request, staging, history);
            reports.put(SiteLayout.DRAFT, report);
            draft = !report.hasErrors() || staging.isPresent() && keepPrevious(staging.get(), request, SiteLayout.DRAFT);
            if (report.hasErrors() && draft) {
                keptPrevious.add(SiteLayout.DRAFT);
            }
        }
        boolean written = staging.isPresent() && (!released.shown().isEmpty() || draft);
        if (written) {
            tie(TieOutput.into(staging.get()), released.shown(), draft, request.theme(), history);
        }
        List<String> names = new ArrayList<>(released.shown().versions().stream().map(GitTag::name).toList());
        if (draft) {
            names.add(SiteLayout.DRAFT);
        }
        return new VersionsReport(reports, released.shown().latest().map(GitTag::name), written, released.reused(), names, keptPrevious);
    }

    /**
     * The tags that are versions: those matching the pattern, in version order, and the names of matching tags that
     * name no commit. Two listings with the same ones give the same site.
     */
    record Matching(Releases releases, List<String> unusable) {
    }

    static Matching matching(GitTags.Listing listing, String pattern) {
        return new Matching(Releases.matching(listing.tags(), pattern), Releases.matchingNames(listing.unusable().keySet(), pattern));
    }

    /**
     * The released versions of one build: the tags they came from, each one's report (a tag that names no commit first),
     * those published (reused unchanged, or kept from the previous build when they had errors), and the history the
     * draft continues from {@code afterReleases}.
     */
    record Released(Matching matching, Map<String, Report> reports, Releases shown, List<String> reused, List<String> keptPrevious,
                    History history, History.Mark afterReleases) {
    }

    /**
     * Builds every released version (every matching tag) into {@code staging}, or nowhere for a check, as
     * {@link #build} does; the draft and the files that tie the versions together are the caller's to add.
     */
    Released releases(VersionsRequest request, Optional<Staging> staging) {
        try (GitTags git = GitTags.open(request.content())) {
            GitTags.Listing listing = git.all();
            Matching matching = matching(listing, request.pattern());
            Releases releases = matching.releases();
            List<String> unusable = matching.unusable();
            if (releases.isEmpty() && unusable.isEmpty() && !request.draft()) {
                throw new UsageException("no Git tag matches \"" + request.pattern() + "\"",
                        "tag a release (git tag v1.0.0), or name a pattern that matches one with {versions}, such as \"v*\"");
            }
            Map<String, Report> reports = new LinkedHashMap<>();
            unusable.forEach(name -> reports.put(name, Report.of(listing.unusable().get(name))));
            List<String> reused = new ArrayList<>();
            List<String> keptPrevious = new ArrayList<>();
            List<GitTag> published = new ArrayList<>();
            History history = new History();
            String theme = new Theme(request.theme()).fingerprint();
            String previousCommit = "";
            for (GitTag version : releases.versions()) {
                ContentTree tree = git.read(version);
                LocalDate day = LocalDate.ofInstant(version.date(), ZoneOffset.UTC);
                // downloads asked for on the command line are no part of the commit: a version built without them is rebuilt
                BuildStamp stamp = BuildStamp.of(version, previousCommit, generator + takeAwaysAsked(request), theme);
                if (staging.isPresent() && stamp.matches(request.output(), version.name())) {
                    // the pages would come out byte for byte the same: keep them, and only remember the model for What changed
                    history.next(version.name(), day, new ContentLoader().load(tree).playbook());
                    staging.get().copyIn(request.output().resolve(version.name()), version.name());
                    reports.put(version.name(), Report.empty());
                    reused.add(version.name());
                    published.add(version);
                    previousCommit = version.commit();
                    continue;
                }
                History.Mark mark = history.mark();
                Report report = buildOne(new SiteVersion(version.name(), false), tree, day, request, staging, history);
                reports.put(version.name(), report);
                if (!report.hasErrors()) {
                    staging.ifPresent(s -> s.write(BuildStamp.path(version.name()), stamp.bytes()));
                    published.add(version);
                    previousCommit = version.commit();
                } else {
                    // not published: the next version says what changed since the last one that is
                    history.reset(mark);
                    if (staging.isPresent() && keepPrevious(staging.get(), request, version.name())) {
                        keptPrevious.add(version.name());
                        published.add(version);
                    }
                }
            }
            return new Released(matching, reports, new Releases(published), reused, keptPrevious, history, history.mark());
        }
    }

    private static String takeAwaysAsked(VersionsRequest request) {
        return (request.takeAways().pdf() ? "+pdf" : "") + (request.takeAways().offline() ? "+offline" : "");
    }

    /**
     * A version with errors: what was written of it goes, and its previous build, when the output has one (a folder
     * with its build stamp), takes its place. True when there was one.
     */
    private static boolean keepPrevious(Staging staging, VersionsRequest request, String name) {
        staging.remove(SiteLayout.folder(name));
        Optional<java.nio.file.Path> previous = BuildStamp.previousBuild(request.output(), name);
        previous.ifPresent(folder -> staging.copyIn(folder, name));
        return previous.isPresent();
    }

    /**
     * Where the files that tie the versions together go: a build's staging area, or the live preview's site in
     * memory. Copies read what was written there before.
     */
    interface TieOutput {

        void write(String path, byte[] content);

        /** Copies a file written before to another place, when it is there; says whether it was. */
        boolean copyFile(String from, String to);

        /** Copies a folder written before to another place ({@code latest/}). */
        void copyTree(String from, String to);

        static TieOutput into(Staging staging) {
            return new TieOutput() {
                @Override
                public void write(String path, byte[] content) {
                    staging.write(path, content);
                }

                @Override
                public boolean copyFile(String from, String to) {
                    return staging.copyFile(from, to);
                }

                @Override
                public void copyTree(String from, String to) {
                    staging.copyTree(from, to);
                }
            };
        }
    }

    /**
     * latest/, versions.json, the entry page that leads to latest/, the feed of the versions, and the latest release's
     * 404 page and robots.txt at the top. The entry page's and the feed's title, and the base URL of a robots.txt made
     * here, are those of the last version the history heard of (the draft's, when there is one).
     */
    static void tie(TieOutput out, Releases releases, boolean draft, Optional<java.nio.file.Path> theme, History history) {
        String title = history.latestTitle();
        releases.latest().ifPresent(latest -> {
            out.copyTree(latest.name(), SiteLayout.LATEST);
            out.copyFile(SiteLayout.folder(latest.name()) + SiteLayout.NOT_FOUND_PAGE, SiteLayout.NOT_FOUND_PAGE);
            // the owner's own robots.txt, published with the latest release, wins over the one made from the base URL
            if (!out.copyFile(SiteLayout.folder(latest.name()) + SiteLayout.ROBOTS_FILE, SiteLayout.ROBOTS_FILE)) {
                history.latestSite().baseUrl().ifPresent(base -> out.write(SiteLayout.ROBOTS_FILE, SiteLayout.robotsTxt(base, latest.name())));
            }
        });
        out.write(SiteLayout.VERSIONS_FILE, SiteLayout.versionsJson(releases, draft));
        new SiteRenderer(new Theme(theme), (text, inline) -> text)
                .renderRedirect(SiteLayout.ENTRY_PAGE, SiteLayout.entryTarget(releases, draft), title,
                        (path, html, page) -> out.write(path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .ifPresent(problem -> {
                    throw new UsageException("the theme cannot render the site's entry page: " + problem.format(),
                            "fix redirect.ftlh in the theme named with {theme}");
                });
        out.write(ChangeFeed.FILE_NAME, ChangeFeed.atom(title, history.published()));
    }

    /** Runs the pipeline for one version into its folder of the staging area (or nowhere, for a check). */
    private Report buildOne(SiteVersion version, ContentTree tree, LocalDate day, VersionsRequest request,
                            Optional<Staging> staging, History history) {
        String folder = SiteLayout.folder(version.name());
        Optional<SiteOutput> sink = staging.map(s -> (path, content) -> s.write(folder + path, content));
        Pipeline.Outcome outcome = pipeline.run(tree, request.theme(), day, sink,
                Optional.of(new Pipeline.VersionContext(version, playbook -> history.next(version.name(), day, playbook))),
                request.takeAways());
        staging.ifPresent(s -> {
            s.writeAssets(folder, outcome.site().assets(), outcome.playbook().assets());
            s.write(folder + SiteLayout.PAGES_FILE, SiteLayout.pagesJson(outcome.pagePaths()));
            if (outcome.takeAways().offline() && !outcome.report(Optional.empty()).hasErrors()) {
                s.pack(folder, dev.playbook.model.TakeAways.offlinePack(Optional.of(version.name())));
            }
        });
        return outcome.report(Optional.empty());
    }

    /** The versions built so far: the diff stage says what changed since the previous one, the changelog keeps the list. */
    static final class History {
        private final ModelDiff diff = new ModelDiff();
        private final Changelog changelog = new Changelog();
        private ModelDiff.Side previous;

        /** Where the history stood before a version, to go back to when that version is not published. */
        record Mark(ModelDiff.Side previous, int versions) {
        }

        Mark mark() {
            return new Mark(previous, changelog.entries().size());
        }

        void reset(Mark mark) {
            previous = mark.previous();
            changelog.truncate(mark.versions());
        }

        /**
         * {@link #next} as from {@code mark} again: the live preview's draft is built anew on every save, each time
         * the version after the releases.
         */
        VersionHistory nextFrom(Mark mark, String name, LocalDate date, Playbook playbook) {
            reset(mark);
            return next(name, date, playbook);
        }

        VersionHistory next(String name, LocalDate date, Playbook playbook) {
            ModelDiff.Side side = new ModelDiff.Side(name, playbook, new PullThroughCalculator().compute(playbook));
            Optional<ChangeSet> changes = previous == null ? Optional.empty() : Optional.of(diff.diff(previous, side));
            previous = side;
            return changelog.add(name, date, changes, playbook.config().releaseNotes(name));
        }

        /** The released versions in the changelog, newest first (the draft is no release to follow). */
        List<VersionHistory.Entry> published() {
            return changelog.entries().stream().filter(e -> !e.name().equals(SiteLayout.DRAFT)).toList();
        }

        dev.playbook.model.SiteSettings latestSite() {
            return previous == null ? dev.playbook.model.SiteSettings.defaults() : previous.playbook().config().site();
        }

        String latestTitle() {
            return previous == null ? dev.playbook.model.PlaybookConfig.DEFAULT_TITLE : previous.playbook().config().title();
        }
    }
}
