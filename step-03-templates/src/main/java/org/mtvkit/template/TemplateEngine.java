package org.mtvkit.template;

import java.util.Map;

/**
 * What an application needs from a template engine: a named template and some variables in, text out.
 * Two implementations hold to it: {@link Engine}, built in this step, and
 * {@link org.mtvkit.template.freemarker.FreeMarkerEngine}, an adapter over FreeMarker. The same contract
 * tests run against both.
 */
public interface TemplateEngine {

    /**
     * Renders the template with that name.
     *
     * @param templateName the name relative to the engine's templates folder, like {@code polls/index.html}
     * @param context the variables the template sees
     * @return the rendered text
     * @throws TemplateDoesNotExist when no template has that name (the message lists where it looked)
     * @throws TemplateError when the template has a syntax error or fails while rendering; it carries the
     *     template's name, line, column and source
     */
    String render(String templateName, Map<String, ?> context);
}
