package dev.playbook.render;

import dev.playbook.model.SourceLinks;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/**
 * {@code pageLink(target)} in templates: a link an author wrote in a YAML field ({@code see: ../guides/x.md#y}) as
 * the link the page writes, the way the Markdown stage writes the links of Markdown text: to the page a source
 * becomes, percent-encoded once ({@link SourceLinks#toPage}).
 */
final class PageLinkFunction implements TemplateMethodModelEx {

    static final String NAME = "pageLink";

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(NAME + " takes one argument");
        }
        Object argument = arguments.get(0);
        String target = argument instanceof TemplateScalarModel scalar ? scalar.getAsString()
                : argument == null ? "" : argument.toString();
        return SourceLinks.toPage(target);
    }
}
