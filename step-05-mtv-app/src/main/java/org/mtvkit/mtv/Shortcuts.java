package org.mtvkit.mtv;

import java.util.HashMap;
import java.util.Map;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.orm.DoesNotExist;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.template.TemplateEngine;
import org.mtvkit.template.TemplateHooks;

/**
 * The three helpers nearly every view uses, named after Django's {@code django.shortcuts}: render a
 * template into a response, get an object or answer 404, redirect to a named route.
 */
public final class Shortcuts {

    /** Turns a route name and its arguments into a path: the router's {@code reverse}. */
    @FunctionalInterface
    public interface Reverse {
        String reverse(String viewName, Object... args);
    }

    private final TemplateEngine templates;
    private final Reverse reverse;

    public Shortcuts(TemplateEngine templates, Reverse reverse) {
        this.templates = templates;
        this.reverse = reverse;
    }

    // region: render
    /**
     * Renders the template with the context plus what every page may need from the request (its CSRF
     * token, for {@code {% csrf_token %}}), as a 200 HTML response.
     */
    public Response render(Request request, String templateName, Map<String, ?> context) {
        Map<String, Object> full = new HashMap<>();
        // A QuerySet is lazy: left as it is, {% if %} and {% for %} on it would each run its query. Evaluated
        // here, once, the template sees one list (Django's templates cache a QuerySet's rows the same way).
        context.forEach((name, value) -> full.put(name, value instanceof QuerySet<?> query ? query.list() : value));
        // The token object, not its text: only a page that prints it makes the response set the CSRF cookie.
        request.attribute(Csrf.ATTRIBUTE, Csrf.Token.class).ifPresent(token -> full.put(TemplateHooks.CSRF_TOKEN, token));
        full.put("request", Map.of("path", request.path(), "method", request.method()));
        return Response.html(templates.render(templateName, full));
    }
    // endregion

    // region: get-object-or-404
    /** The one object the query finds; a 404 (not a 500) when there is none, as Django's shortcut does. */
    public <T> T getObjectOr404(QuerySet<T> query, String lookup, Object value) {
        try {
            return query.get(lookup, value);
        } catch (DoesNotExist e) {
            throw HttpException.notFound("No " + e.model().getSimpleName() + " matches the given query.");
        }
    }
    // endregion

    /** A 302 to a named route: {@code redirect("polls:results", question.getId())}. */
    public Response redirect(String viewName, Object... args) {
        return Response.redirect(reverse.reverse(viewName, args));
    }

    /** The path of a named route, as the {@code url} template tag computes it. */
    public String reverse(String viewName, Object... args) {
        return reverse.reverse(viewName, args);
    }
}
