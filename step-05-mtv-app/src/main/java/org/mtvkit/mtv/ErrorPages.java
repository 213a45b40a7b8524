package org.mtvkit.mtv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Handler;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.orm.StatementEvent;
import org.mtvkit.routing.ErrorMiddleware;
import org.mtvkit.routing.ErrorPage;
import org.mtvkit.routing.ErrorRenderer;
import org.mtvkit.routing.Middleware;
import org.mtvkit.template.TemplateEngine;
import org.mtvkit.template.TemplateError;

/**
 * The project's error pages: step 2's {@link ErrorMiddleware} with a renderer that uses the site's
 * templates, so every error page has the site's layout and a link back to the index.
 *
 * <p>A status is rendered with its own template ({@code 404.html}, {@code 500.html}, ...), each
 * extending {@code errors/layout.html}; a status without one uses {@code errors/other.html}. With
 * DEBUG on the page also shows what helps: the patterns tried for a 404, the template's source around
 * the failing line for a template error, the traceback, and the SQL the request ran with its count.
 * If the template itself fails, the middleware answers with its plain page: an error page must never
 * be the second error.
 */
public final class ErrorPages implements Middleware, ErrorRenderer {

    /** The request attribute holding the statements this request ran, with DEBUG on. */
    static final String QUERIES = "mtvkit.error_pages.queries";

    private static final Set<Integer> OWN_TEMPLATES = Set.of(400, 403, 404, 405, 413, 500);

    private final TemplateEngine templates;
    private final Database database;
    private final boolean debug;

    public ErrorPages(TemplateEngine templates, Database database, boolean debug) {
        this.templates = templates;
        this.database = database;
        this.debug = debug;
    }

    // region: error-pages
    @Override
    public Handler wrap(Handler next) {
        Handler handled = ErrorMiddleware.create(debug, this).wrap(next);
        if (!debug) {
            return handled;
        }
        return request -> {
            // One recorder per request, on the request's own thread, so a page lists only its own SQL.
            QueryCounter queries = QueryCounter.forCurrentThread();
            database.addListener(queries);
            try {
                return handled.handle(request.withAttribute(QUERIES, queries));
            } finally {
                database.removeListener(queries);
            }
        };
    }

    @Override
    public String render(ErrorPage page) {
        String template = OWN_TEMPLATES.contains(page.status()) ? page.status() + ".html" : "errors/other.html";
        return templates.render(template, context(page));
    }
    // endregion

    // region: error-context
    /** What the templates see; with DEBUG off nothing beyond the status, its title and the visitor's message. */
    private static Map<String, Object> context(ErrorPage page) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("status", page.status());
        context.put("title", page.title());
        context.put("message", page.message());
        context.put("request_path", page.request().path());
        context.put("debug", page.debug());
        boolean debug = page.debug();
        context.put("tried", debug ? page.tried() : List.of());
        context.put("exception", debug && page.serverError()
                ? page.exception().getClass().getName() + ": " + page.exception().getMessage() : "");
        context.put("traceback", debug && page.serverError() ? page.traceback() : "");
        Optional<TemplateError> templateError = debug ? templateError(page.exception()) : Optional.empty();
        context.put("template_error", templateError.isPresent());
        context.put("template", templateError.map(ErrorPages::describe).orElse(Map.of()));
        List<String> statements = debug ? statements(page) : List.of();
        context.put("queries", statements);
        context.put("query_count", statements.size());
        return context;
    }
    // endregion

    private static Map<String, Object> describe(TemplateError error) {
        return Map.of("name", error.templateName(), "line", error.line(), "column", error.column(),
                "reason", error.reason(), "excerpt", error.sourceExcerpt(3));
    }

    private static List<String> statements(ErrorPage page) {
        return page.request().attribute(QUERIES, QueryCounter.class)
                .map(counter -> counter.statements().stream().map(StatementEvent::toString).toList())
                .orElse(List.of());
    }

    private static Optional<TemplateError> templateError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateError error) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }
}
