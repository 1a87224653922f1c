package dev.playbook.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.diff.ModelDiff;
import dev.playbook.model.ChangeSet;
import dev.playbook.model.Playbook;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.publish.Staging;
import dev.playbook.source.ContentReader;
import dev.playbook.model.ContentTree;
import dev.playbook.source.GitVersions;
import dev.playbook.source.Version;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds several versions side by side: {@code <tag>/} for each release read from Git, {@code latest/}
 * as a copy of the newest release whose pages point search engines at the versioned URL, an
 * {@code index.html} that leads to latest, and {@code versions.json}, which every page's version
 * switcher reads when it loads, so old versions learn of new ones. Each version is judged as of its
 * commit's date, so the same commits always give the same site.
 */
final class VersionedSite {

    static final String LATEST = "latest";
    static final String DRAFT = "next";

    /** Written into each version's folder: the inputs it was built from. Hidden, so it is never read as content. */
    static final String BUILD_STAMP = ".playbook-build";

    private final Pipeline pipeline;
    private final String generator;

    /** @param generator a fingerprint of the generator's code: a new generator rebuilds every version */
    VersionedSite(Pipeline pipeline, String generator) {
        this.pipeline = pipeline;
        this.generator = generator;
    }

    /** Builds every version into {@code staging}; writes nothing when any version has errors. */
    VersionsReport build(VersionsRequest request, Optional<Staging> staging) {
        try (GitVersions git = GitVersions.open(request.content())) {
            List<Version> versions = git.matching(request.pattern());
            if (versions.isEmpty() && !request.draft()) {
                throw new UsageException("no Git tag matches \"" + request.pattern() + "\"",
                        "tag a release (git tag v1.0.0) or pass a pattern such as \"v*\"");
            }
            Optional<Version> latest = versions.stream().filter(Version::isRelease).reduce((a, b) -> b);
            Map<String, Report> reports = new LinkedHashMap<>();
            List<String> reused = new ArrayList<>();
            History history = new History();
            String theme = new dev.playbook.render.Theme(request.theme()).fingerprint();
            String previousCommit = "";
            for (Version version : versions) {
                ContentTree tree = git.read(version);
                LocalDate day = LocalDate.ofInstant(version.date(), ZoneOffset.UTC);
                String stamp = stamp(version, previousCommit, theme);
                previousCommit = version.commit();
                if (staging.isPresent() && reusable(request.output(), version, stamp)) {
                    // same commit, same predecessor, same generator and theme: the pages would come out byte for byte the same
                    Playbook model = new dev.playbook.load.ContentLoader().load(tree).playbook();
                    history.next(version.name(), day, model);
                    staging.get().copyIn(request.output().resolve(version.name()), version.name());
                    reports.put(version.name(), Report.reused());
                    reused.add(version.name());
                    continue;
                }
                reports.put(version.name(), buildOne(new SiteVersion(version.name(), false), tree, day, request, staging, history));
                staging.ifPresent(s -> s.write(version.name() + "/" + BUILD_STAMP, stamp.getBytes(StandardCharsets.UTF_8)));
            }
            if (request.draft()) {
                ContentTree tree = new ContentReader().read(request.content(), Optional.of(request.output()));
                reports.put(DRAFT, buildOne(new SiteVersion(DRAFT, true), tree, request.today(), request, staging, history));
            }
            boolean failed = reports.values().stream().anyMatch(Report::hasErrors);
            if (staging.isPresent() && !failed) {
                Staging s = staging.get();
                latest.ifPresent(v -> writeLatest(s, v));
                s.write("versions.json", versionsJson(versions, latest, request.draft()));
                s.write("index.html", redirect(latest.map(v -> LATEST).orElse(request.draft() ? DRAFT
                        : versions.get(versions.size() - 1).name())));
            }
            return new VersionsReport(reports, latest.map(Version::name), staging.isPresent() && !failed, reused);
        } catch (dev.playbook.source.SourceException e) {
            throw new UsageException(e.getMessage(), e.hint());
        }
    }

    /** Runs the pipeline for one version into its folder of the staging area (or nowhere, for a check). */
    private Report buildOne(SiteVersion version, ContentTree tree, LocalDate day, VersionsRequest request,
                            Optional<Staging> staging, History history) {
        String folder = version.name() + "/";
        Optional<SiteOutput> sink = staging.map(s -> (path, content) -> s.write(folder + path, content));
        Pipeline.Outcome outcome = pipeline.run(tree, request.theme(), day, sink, Optional.of(version),
                playbook -> Optional.of(history.next(version.name(), day, playbook)));
        staging.ifPresent(s -> writeAssets(s, folder, outcome));
        return outcome.report(Optional.empty());
    }

    /** What a version's pages depend on: its commit, the previous version's (for What changed), the generator and the theme. */
    private String stamp(Version version, String previousCommit, String theme) {
        return "commit " + version.commit() + "\nprevious " + previousCommit + "\ngenerator " + generator + "\ntheme " + theme + "\n";
    }

    private static boolean reusable(java.nio.file.Path output, Version version, String stamp) {
        java.nio.file.Path file = output.resolve(version.name()).resolve(BUILD_STAMP);
        try {
            return java.nio.file.Files.isRegularFile(file)
                    && java.nio.file.Files.readString(file, StandardCharsets.UTF_8).equals(stamp);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The versions built so far, so each can say what changed since the one before it. */
    private static final class History {
        private final ModelDiff diff = new ModelDiff();
        private final List<VersionHistory.Entry> entries = new ArrayList<>();
        private String previousName;
        private Playbook previous;

        VersionHistory next(String name, LocalDate date, Playbook playbook) {
            Optional<ChangeSet> changes = previous == null ? Optional.empty()
                    : Optional.of(diff.diff(previousName, previous, name, playbook));
            entries.add(0, new VersionHistory.Entry(name, date.toString(), changes.map(c -> c.changes().size()).orElse(0)));
            Optional<String> notes = playbook.config().source().map("release_notes").flatMap(n -> n.text(name));
            previousName = name;
            previous = playbook;
            return new VersionHistory(changes, notes, entries);
        }
    }

    /** A version's theme and content assets, and pages.json: the switcher's list of the pages this version has. */
    private static void writeAssets(Staging staging, String prefix, Pipeline.Outcome outcome) {
        outcome.writeAssets(staging, prefix);
        List<String> pages = outcome.site().pages().stream().map(dev.playbook.render.RenderedPage::path).sorted().toList();
        try {
            staging.write(prefix + "pages.json", new ObjectMapper().writeValueAsBytes(pages));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** latest/ holds the newest release's pages, each with a canonical link to its versioned URL. */
    private static void writeLatest(Staging staging, Version version) {
        staging.copyTree(version.name(), LATEST, (path, bytes) -> {
            if (!path.endsWith(".html")) {
                return bytes;
            }
            String canonical = "../".repeat((int) path.chars().filter(c -> c == '/').count() + 1) + version.name() + "/" + path;
            String html = new String(bytes, StandardCharsets.UTF_8);
            int head = html.indexOf("</head>");
            return head < 0 ? bytes : (html.substring(0, head) + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                    + html.substring(head)).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] versionsJson(List<Version> versions, Optional<Version> latest, boolean draft) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (draft) {
            entries.add(entry(DRAFT, null, List.of(), false, true));
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            Version version = versions.get(i);
            boolean isLatest = latest.filter(version::equals).isPresent();
            entries.add(entry(version.name(), LocalDate.ofInstant(version.date(), ZoneOffset.UTC).toString(),
                    isLatest ? List.of(LATEST) : List.of(), !version.isRelease(), false));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("latest", latest.map(Version::name).orElse(null));
        root.put("versions", entries);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entry(String name, String date, List<String> aliases, boolean prerelease, boolean draft) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("path", name + "/");
        entry.put("date", date);
        entry.put("aliases", aliases);
        entry.put("prerelease", prerelease);
        entry.put("draft", draft);
        return entry;
    }

    private static byte[] redirect(String folder) {
        String target = folder + "/index.html";
        return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "<link rel=\"canonical\" href=\"" + target + "\"><title>Playbook</title></head>\n"
                + "<body><p><a href=\"" + target + "\">Open the playbook</a></p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
