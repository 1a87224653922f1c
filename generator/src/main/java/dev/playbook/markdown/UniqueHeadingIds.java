package dev.playbook.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.HashSet;
import java.util.Set;

/**
 * flexmark's heading ids, made unique. flexmark numbers a repeated heading ({@code setup}, {@code setup-1})
 * without looking at the ids it already gave, so {@code ## Setup-1} and a second {@code ## Setup} both
 * became {@code setup-1}, and a link to it landed on either. After flexmark has named every heading, a
 * name already taken gets the next free {@code -n}, in the order the headings come; the ids the theme uses
 * on the page around the text ({@link #TAKEN}) count as taken from the start.
 */
final class UniqueHeadingIds implements HeaderIdGeneratorFactory {

    /** Ids the text's headings may not have, set on the parsed document before it is rendered. */
    static final com.vladsch.flexmark.util.data.DataKey<Set<String>> TAKEN = new com.vladsch.flexmark.util.data.DataKey<>("PLAYBOOK_TAKEN_IDS", Set.of());

    private final HeaderIdGenerator.Factory flexmark = new HeaderIdGenerator.Factory();

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return unique(flexmark.create(context));
    }

    @Override
    public HtmlIdGenerator create() {
        return unique(flexmark.create());
    }

    private static HtmlIdGenerator unique(HtmlIdGenerator ids) {
        return new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                ids.generateIds(document);
                deduplicate(document);
            }

            @Override
            public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
                ids.generateIds(document, preVisitor);
                deduplicate(document);
            }

            @Override
            public String getId(Node node) {
                return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : ids.getId(node);
            }

            @Override
            public String getId(CharSequence text) {
                return ids.getId(text);
            }
        };
    }

    private static void deduplicate(Document document) {
        Set<String> taken = new HashSet<>(TAKEN.get(document));
        for (Node node : document.getDescendants()) {
            if (node instanceof AnchorRefTarget target && !target.getAnchorRefId().isEmpty()) {
                String id = target.getAnchorRefId();
                for (int n = 1; !taken.add(id); n++) {
                    id = target.getAnchorRefId() + "-" + n;
                }
                target.setAnchorRefId(id);
            }
        }
    }
}
