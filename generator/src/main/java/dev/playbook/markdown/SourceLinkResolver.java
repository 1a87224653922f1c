package dev.playbook.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.playbook.model.SourceLinks;

/**
 * Resolves links while flexmark renders: links to sources become links to pages, internal links are
 * percent-encoded once ({@code SourceLinks.href}), and script or data URLs become empty, so Markdown without raw
 * HTML needs no sanitizing pass.
 */
final class SourceLinkResolver implements LinkResolver {

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
        if (!UrlSafety.isSafe(link.getUrl(), image)) {
            return link.withUrl("");
        }
        return link.withUrl(image ? SourceLinks.href(link.getUrl()) : SourceLinks.toPage(link.getUrl()));
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SourceLinkResolver();
        }
    }
}
