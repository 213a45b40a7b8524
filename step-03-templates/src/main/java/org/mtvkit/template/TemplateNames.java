package org.mtvkit.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What {@code extends} and {@code include} accept as the template to use, as Django does: a compiled
 * {@link Template}, a name, or (for {@code include}) a list of names of which the first that exists is used.
 */
final class TemplateNames {

    private TemplateNames() {
    }

    // region: select
    static Template forInclude(Object value, RenderContext context, Token at) {
        if (value instanceof Template template) {
            return template;
        }
        if (Values.isText(value) && !Values.text(value).isEmpty()) {
            return load(Values.text(value), context, at);
        }
        if (!Values.truthy(value)) {
            throw missing(new TemplateDoesNotExist(Values.text(value), List.of()), context, at);
        }
        if (value instanceof Collection || value instanceof Map) {
            return first(Values.asList(value), context, at);
        }
        throw context.error("'include' needs a template name, a list of names or a template, not a "
                + Values.typeName(value) + " (" + Values.text(value) + ")", at);
    }
    // endregion

    static Template forExtends(Object value, Node.Extends node, RenderContext context) {
        if (value instanceof Template template) {
            return template;
        }
        if (!Values.truthy(value)) {
            throw context.syntaxError("'extends' got an empty template name from '" + node.parent().text()
                    + "': give the name of the parent template", node.at());
        }
        if (value instanceof Collection || value instanceof Map) {
            throw context.error("'extends' needs one template name, not a " + Values.typeName(value), node.at());
        }
        return load(Values.text(value), context, node.at());
    }

    /** Django's {@code select_template}: the first name a loader has. */
    private static Template first(List<?> names, RenderContext context, Token at) {
        List<String> tried = new ArrayList<>();
        boolean allText = true;
        for (Object name : names) {
            if (!Values.isText(name)) {
                allText = false;
                continue;
            }
            try {
                return context.engine.getTemplate(Values.text(name));
            } catch (TemplateDoesNotExist e) {
                tried.addAll(e.tried());
            }
        }
        if (!allText) {
            throw context.error("'include' was given a list with something that is not a template name: "
                    + Values.text(names), at);
        }
        throw missing(new TemplateDoesNotExist(String.join(", ", names.stream().map(Values::text).toList()), tried),
                context, at);
    }

    static Template load(String name, RenderContext context, Token at) {
        try {
            return context.engine.getTemplate(name);
        } catch (TemplateDoesNotExist e) {
            throw missing(e, context, at);
        }
    }

    private static TemplateError missing(TemplateDoesNotExist e, RenderContext context, Token at) {
        return context.error("'" + at.tagName() + "' could not find its template: " + e.getMessage(), at, e);
    }
}
