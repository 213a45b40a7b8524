package org.mtvkit.template;

/** A {@link TemplateError} found while compiling: Django's {@code TemplateSyntaxError}. */
final class TemplateSyntaxError extends TemplateError {

    private static final long serialVersionUID = 1L;

    TemplateSyntaxError(String reason, String templateName, int line, int column, String source) {
        super(reason, templateName, line, column, source, null);
    }
}
