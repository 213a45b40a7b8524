package org.mtvkit.template;

/** A template's name and text: what every error needs to say where it happened. */
record Source(String name, String text) {

    TemplateError error(String reason, Token at) {
        return new TemplateSyntaxError(reason, name, at.line(), at.column(), text);
    }

    TemplateError error(String reason, int line, int column) {
        return new TemplateSyntaxError(reason, name, line, column, text);
    }
}
