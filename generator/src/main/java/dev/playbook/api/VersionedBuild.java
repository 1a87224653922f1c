package dev.playbook.api;

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

    /** Builds every version into {@code staging} (or nowhere, for a check); writes nothing when any version has errors. */
    VersionsReport build(VersionsRequest request, Optional<Staging> staging) {
        try (GitTags git = GitTags.open(request.content())) {
            Releases releases = Releases.matching(git.all(), request.pattern());
            if (releases.isEmpty() && !request.draft()) {
                throw new UsageException("no Git tag matches \"" + request.pattern() + "\"",
                        "tag a release (git tag v1.0.0), or name a pattern that matches one with {versions}, such as \"v*\"");
            }
            Map<String, Report> reports = new LinkedHashMap<>();
            List<String> reused = new ArrayList<>();
            History history = new History();
            String theme = new Theme(request.theme()).fingerprint();
            String previousCommit = "";
            for (GitTag version : releases.versions()) {
                ContentTree tree = git.read(version);
                LocalDate day = LocalDate.ofInstant(version.date(), ZoneOffset.UTC);
                // downloads asked for on the command line are no part of the commit: a version built without them is rebuilt
                BuildStamp stamp = BuildStamp.of(version, previousCommit, generator + takeAwaysAsked(request), theme);
                previousCommit = version.commit();
                if (staging.isPresent() && stamp.matches(request.output(), version.name())) {
                    // the pages would come out byte for byte the same: keep them, and only remember the model for What changed
                    history.next(version.name(), day, new ContentLoader().load(tree).playbook());
                    staging.get().copyIn(request.output().resolve(version.name()), version.name());
                    reports.put(version.name(), Report.empty());
                    reused.add(version.name());
                    continue;
                }
                reports.put(version.name(), buildOne(new SiteVersion(version.name(), false), tree, day, request, staging, history));
                staging.ifPresent(s -> s.write(BuildStamp.path(version.name()), stamp.bytes()));
            }
            if (request.draft()) {
                ContentTree tree = new ContentReader().read(request.content(), Optional.of(request.output()));
                reports.put(SiteLayout.DRAFT, buildOne(new SiteVersion(SiteLayout.DRAFT, true), tree, request.today(), request, staging, history));
            }
            boolean failed = reports.values().stream().anyMatch(Report::hasErrors);
            if (staging.isPresent() && !failed) {
                tieVersions(staging.get(), releases, request, history.latestTitle());
            }
            return new VersionsReport(reports, releases.latest().map(GitTag::name), staging.isPresent() && !failed, reused);
        }
    }

    private static String takeAwaysAsked(VersionsRequest request) {
        return (request.takeAways().pdf() ? "+pdf" : "") + (request.takeAways().offline() ? "+offline" : "");
    }

    /** latest/, versions.json and the entry page that leads to latest/. */
    private static void tieVersions(Staging staging, Releases releases, VersionsRequest request, String title) {
        releases.latest().ifPresent(latest -> staging.copyTree(latest.name(), SiteLayout.LATEST));
        staging.write(SiteLayout.VERSIONS_FILE, SiteLayout.versionsJson(releases, request.draft()));
        new SiteRenderer(new Theme(request.theme()), (text, inline) -> text)
                .renderRedirect(SiteLayout.ENTRY_PAGE, SiteLayout.entryTarget(releases, request.draft()), title,
                        (path, html, page) -> staging.write(path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .ifPresent(problem -> {
                    throw new UsageException("the theme cannot render the site's entry page: " + problem.format(),
                            "fix redirect.ftlh in the theme named with {theme}");
                });
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
    private static final class History {
        private final ModelDiff diff = new ModelDiff();
        private final Changelog changelog = new Changelog();
        private String previousName;
        private Playbook previous;

        VersionHistory next(String name, LocalDate date, Playbook playbook) {
            Optional<ChangeSet> changes = previous == null ? Optional.empty()
                    : Optional.of(diff.diff(previousName, previous, name, playbook));
            previousName = name;
            previous = playbook;
            return changelog.add(name, date, changes, playbook.config().releaseNotes(name));
        }

        String latestTitle() {
            return previous == null ? dev.playbook.model.PlaybookConfig.DEFAULT_TITLE : previous.config().title();
        }
    }
}
