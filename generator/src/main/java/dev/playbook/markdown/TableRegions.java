package dev.playbook.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each Markdown table in a region of its own: a wide table scrolls sideways on a phone inside it, and a region
 * that scrolls must be reachable by keyboard and named for a screen reader, uniquely on its page (axe's
 * scrollable-region-focusable and landmark-unique): "Table 2: Stage, Owner, Exit". One renderer per document,
 * so the numbers start again on each page.
 */
final class TableRegions implements NodeRenderer {

    private static final int MAX_LABEL = 120;
    private int tables;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        tables++;
        List<String> heads = new ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node node : table.getDescendants()) {
            if (node instanceof TableCell cell && cell.getParent() != null && cell.getParent().getParent() instanceof TableHead) {
                heads.add(new TextCollectingVisitor().collectAndGetText(cell).strip());
            }
        }
        String label = "Table " + tables + (heads.isEmpty() ? "" : ": " + String.join(", ", heads));
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL - 1) + "…";
        }
        html.attr("class", "table-wrap").attr("role", "region").attr("tabindex", "0").attr("aria-label", label)
                .withAttr().tag("div");
        context.delegateRender();
        html.closeTag("div");
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TableRegions();
        }
    }
}
