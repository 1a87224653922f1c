package dev.playbook.load;

import dev.playbook.model.RuleId;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.LoadFailure;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.Book;
import dev.playbook.model.PlaybookConfig;
import dev.playbook.model.StructuredDocument;
import dev.playbook.model.ContentTree;
import dev.playbook.model.SourceFile;
import dev.playbook.model.RunMemo;
import dev.playbook.model.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load stage: parses every source of a content tree into the model. A file that cannot be parsed is
 * left out of the model and reported; the others load, so one run reports every problem. The model says
 * which files failed and what kind each was meant to be ({@link LoadFailure}), so that later stages do not
 * report what only their absence causes.
 */
public final class ContentLoader {

    /** A top-level {@code kind:} line, read from the text when the YAML as a whole cannot be. */
    private static final Pattern KIND_LINE = Pattern.compile("(?m)^kind:[ \\t]*[\"']?([A-Za-z0-9-]+)");

    /** The loaded model and what went wrong while loading it. */
    public record Result(Playbook playbook, List<Problem> problems) {
    }

    private final YamlReader yaml = new YamlReader();
    private final Optional<RunMemo<SourceFile, Loaded>> memo;

    public ContentLoader() {
        this.memo = Optional.empty();
    }

    private ContentLoader(RunMemo<SourceFile, Loaded> memo) {
        this.memo = Optional.of(memo);
    }

    /**
     * A loader for a warm process that builds again and again (the live preview): a source whose text did
     * not change gives the very same document as before, which later stages recognise by identity.
     */
    public static ContentLoader remembering() {
        return new ContentLoader(RunMemo.byValue());
    }

    /** One source, loaded: a document, the config, or neither, what went wrong, and whether it failed to load. */
    private record Loaded(Optional<Document> document, Optional<PlaybookConfig> config, List<Problem> problems,
                          Optional<LoadFailure> failure) {
    }

    public Result load(ContentTree tree) {
        List<Problem> problems = new ArrayList<>(tree.problems());
        List<Document> documents = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>();
        PlaybookConfig config = null;
        // each source loads on its own (YAML parsing is most of the work), on every core; results keep the tree's order
        List<Loaded> everyLoaded = tree.sources().parallelStream()
                .map(source -> RunMemo.get(memo, source, this::loadOne))
                .toList();
        for (Loaded loaded : everyLoaded) {
            problems.addAll(loaded.problems());
            loaded.document().ifPresent(documents::add);
            loaded.failure().ifPresent(failures::add);
            if (loaded.config().isPresent()) {
                config = loaded.config().get();
            }
        }
        memo.ifPresent(RunMemo::endRun);
        if (config == null) {
            problems.add(Problem.error(RuleId.CONFIG_MISSING, Position.ofFile(PlaybookConfig.FILE_NAME),
                    "the content directory has no " + PlaybookConfig.FILE_NAME,
                    "create it with at least \"kind: config\" and \"title: ...\", or run \"playbook new\""));
            config = PlaybookConfig.defaults();
        }
        return new Result(new Playbook(config, documents, tree.assets(), failures), problems);
    }

    private Loaded loadOne(SourceFile source) {
        List<Problem> problems = new ArrayList<>();
        if (source.path().equals(PlaybookConfig.FILE_NAME)) {
            Optional<MapNode> fields = readMapping(source.path(), source.text(), 0, problems);
            PlaybookConfig config = ConfigReader.read(fields.orElse(new MapNode(List.of(), Position.ofFile(source.path()))));
            Optional<LoadFailure> failure = fields.isPresent() ? Optional.empty()
                    : Optional.of(new LoadFailure(source.path(), Optional.empty()));
            return new Loaded(Optional.empty(), Optional.of(config), List.copyOf(problems), failure);
        }
        if (source.path().endsWith(".md")) {
            Optional<Document> guide = loadGuide(source, problems);
            Optional<LoadFailure> failure = guide.isPresent() ? Optional.empty()
                    : Optional.of(new LoadFailure(source.path(), Optional.empty()));
            return new Loaded(guide, Optional.empty(), List.copyOf(problems), failure);
        }
        Optional<Document> document = loadStructured(source, problems);
        Optional<LoadFailure> failure = document.isPresent() && ContentKind.byId(document.get().kind()).isPresent()
                ? Optional.empty()
                : Optional.of(new LoadFailure(source.path(), meantKind(source, document.map(Document::kind))));
        return new Loaded(document, Optional.empty(), List.copyOf(problems), failure);
    }

    /**
     * The kind a file that failed to load was probably meant to be: its kind (or the kind closest to a
     * misspelt one), from the document or else from a {@code kind:} line of its text; else its file name's.
     */
    static Optional<ContentKind> meantKind(SourceFile source, Optional<String> declared) {
        Optional<String> written = declared.or(() -> {
            Matcher line = KIND_LINE.matcher(source.text());
            return line.find() ? Optional.of(line.group(1)) : Optional.empty();
        });
        Optional<ContentKind> kind = written.flatMap(id -> ContentKind.byId(id)
                .or(() -> Suggestions.closest(id, ContentKind.ids()).flatMap(ContentKind::byId)));
        if (kind.isPresent()) {
            return kind;
        }
        String name = source.path().substring(source.path().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return ContentKind.byId(dot < 0 ? name : name.substring(0, dot));
    }

    /** The config alone, read before a build to learn what to build; its problems are reported by the build. */
    public PlaybookConfig config(SourceFile source) {
        return loadConfig(source, new ArrayList<>());
    }

    private PlaybookConfig loadConfig(SourceFile source, List<Problem> problems) {
        MapNode fields = readMapping(source.path(), source.text(), 0, problems)
                .orElse(new MapNode(List.of(), Position.ofFile(source.path())));
        return ConfigReader.read(fields);
    }

    private Optional<Document> loadStructured(SourceFile source, List<Problem> problems) {
        Optional<MapNode> fields = readMapping(source.path(), source.text(), 0, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        MapNode data = fields.get();
        Optional<String> kind = data.text("kind");
        if (kind.isEmpty()) {
            problems.add(Problem.error(RuleId.KIND_MISSING, new Position(source.path(), 1, 1),
                    "no \"kind\" key: the generator cannot tell what this file describes",
                    "add \"kind: <kind>\" as the first line, one of: " + String.join(", ", ContentKind.ids())));
            return Optional.empty();
        }
        Book book = ContentKind.byId(kind.get()).map(ContentKind::book).orElse(null);
        return Optional.of(new StructuredDocument(source.path(), kind.get(), HeaderReader.read(data, book), data));
    }

    private Optional<Document> loadGuide(SourceFile source, List<Problem> problems) {
        Optional<FrontMatter> split = FrontMatter.split(source.text());
        if (split.isEmpty()) {
            problems.add(Problem.error(RuleId.FRONTMATTER_MISSING, new Position(source.path(), 1, 1),
                    "the page has no front matter",
                    "start the file with a \"---\" line, then title, owner and last_reviewed, then another \"---\" line"));
            return Optional.empty();
        }
        FrontMatter parts = split.get();
        Optional<MapNode> fields = readMapping(source.path(), parts.yaml(), parts.yamlLineOffset(), problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        MapNode frontMatter = fields.get();
        Book book = frontMatter.text("playbook").flatMap(Book::byId)
                .or(() -> bookFromDirectory(source.path()))
                .orElse(null);
        return Optional.of(new GuidePage(source.path(), HeaderReader.read(frontMatter, book), frontMatter,
                parts.body(), parts.bodyLineOffset()));
    }

    private static Optional<Book> bookFromDirectory(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? Optional.empty() : Book.byId(path.substring(0, slash));
    }

    private Optional<MapNode> readMapping(String path, String text, int lineOffset, List<Problem> problems) {
        YamlReader.Result result = yaml.read(path, text, lineOffset);
        problems.addAll(result.problems());
        if (result.root().isEmpty()) {
            if (result.problems().isEmpty()) {
                problems.add(Problem.error(RuleId.YAML_EMPTY, new Position(path, lineOffset + 1, 1),
                        "the document is empty", "add the page's fields, starting with \"title\""));
            }
            return Optional.empty();
        }
        Node root = result.root().get();
        if (!(root instanceof MapNode map)) {
            problems.add(Problem.error(RuleId.YAML_NOT_A_MAPPING, root.position(),
                    "expected \"key: value\" lines at the top level"));
            return Optional.empty();
        }
        return Optional.of(map);
    }
}
