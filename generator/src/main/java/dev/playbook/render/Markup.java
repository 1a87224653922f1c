package dev.playbook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;

/** Sanitized HTML handed to templates as markup, so auto-escaping prints it as it is. */
final class Markup {

    private Markup() {
    }

    static TemplateHTMLOutputModel of(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
