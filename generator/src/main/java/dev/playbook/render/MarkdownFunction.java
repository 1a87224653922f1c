package dev.playbook.render;

import dev.playbook.model.MarkupFormatter;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/**
 * {@code md(text)} and {@code mdInline(text)} in templates: Markdown fields as sanitized markup. A template that
 * shows text of a document on a page in another folder first sets {@code <#global mdFrom = url>} to that
 * document's page: relative links are then rebased to the page being rendered ({@link LinkRebase}).
 */
final class MarkdownFunction implements TemplateMethodModelEx {

    /** The global a template sets to the page its Markdown texts come from. */
    static final String FROM = "mdFrom";

    private final MarkupFormatter formatter;
    private final boolean inline;

    MarkdownFunction(MarkupFormatter formatter, boolean inline) {
        this.formatter = formatter;
        this.inline = inline;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException((inline ? "mdInline" : "md") + " takes one argument");
        }
        Object argument = arguments.get(0);
        String text = argument instanceof TemplateScalarModel scalar ? scalar.getAsString()
                : argument == null ? "" : argument.toString();
        String html = formatter.toHtml(text, inline);
        freemarker.core.Environment environment = freemarker.core.Environment.getCurrentEnvironment();
        if (environment != null && environment.getGlobalVariable(FROM) instanceof TemplateScalarModel from
                && !from.getAsString().isEmpty()
                && environment.getDataModel().get("page") instanceof freemarker.template.TemplateHashModel page
                && page.get("root") instanceof TemplateScalarModel root) {
            html = LinkRebase.rebase(html, from.getAsString(), root.getAsString());
        }
        return Markup.of(html);
    }
}
