package dev.playbook.render;

import dev.playbook.model.MarkupFormatter;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/** {@code md(text)} and {@code mdInline(text)} in templates: Markdown fields as sanitized markup. */
final class MarkdownFunction implements TemplateMethodModelEx {

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
        return Markup.of(formatter.toHtml(text, inline));
    }
}
