package org.mtvkit.mtv;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.http.Handler;
import org.mtvkit.http.Html;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Middleware;
import org.mtvkit.template.TemplateEngine;
import org.mtvkit.template.TemplateError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a view throws into the page a person should see.
 *
 * <p>With {@code DEBUG} off: a 404 renders the project's {@code 404.html}, any unexpected exception
 * renders {@code 500.html} and goes to the log with its stack trace. The visitor learns nothing about the
 * code. With {@code DEBUG} on: a debug page for the developer, with the exception and its stack trace,
 * and for a template error the template's source around the failing line. (A URL that matches no pattern
 * never gets here with {@code DEBUG} on: the router answers it with its own page listing the patterns.) Other statuses ({@code 400}, {@code 405}, ...) keep the HTTP core's short page.
 */
public final class ErrorPages implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final TemplateEngine templates;
    private final boolean debug;

    public ErrorPages(TemplateEngine templates, boolean debug) {
        this.templates = templates;
        this.debug = debug;
    }

    // region: error-pages
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            try {
                return next.handle(request);
            } catch (HttpException e) {
                if (e.status() != 404) {
                    throw e;                                   // the HTTP core's page says enough
                }
                return debug ? DebugPage.notFound(request, e) : page(404, "404.html", request, e.getMessage());
            } catch (Exception e) {
                log.error("Internal Server Error: {} {}", request.method(), request.path(), e);
                return debug ? DebugPage.serverError(request, e) : page(500, "500.html", request, "");
            }
        };
    }
    // endregion

    /** The project's template for the status, or the HTTP core's plain page if that template fails too. */
    private Response page(int status, String template, Request request, String message) {
        try {
            return Response.html(templates.render(template, Map.of("request_path", request.path(),
                    "message", message))).withStatus(status);
        } catch (RuntimeException broken) {
            log.error("The {} template itself failed; answering with a plain page", template, broken);
            return Response.html(Html.errorPage(status, status == 404 ? message
                    : "The server could not answer this request.")).withStatus(status);
        }
    }

    /** The developer's page: only ever shown with DEBUG on. */
    static final class DebugPage {

        private DebugPage() {
        }

        static Response notFound(Request request, HttpException e) {
            StringBuilder body = new StringBuilder(header("Page not found (404)", request))
                    .append("<p>").append(Html.escape(e.getMessage())).append("</p>\n");
            return Response.html(footer(body)).withStatus(404);
        }

        // region: debug-page
        static Response serverError(Request request, Exception e) {
            StringBuilder body = new StringBuilder(header(e.getClass().getSimpleName() + " at " + request.path(), request))
                    .append("<p class=\"message\">").append(Html.escape(String.valueOf(e.getMessage()))).append("</p>\n");
            Optional<TemplateError> found = templateError(e);
            if (found.isPresent()) {
                TemplateError template = found.get();
                body.append("<h2>Template error</h2>\n<p>In template <code>").append(Html.escape(template.templateName()))
                        .append("</code>, line ").append(template.line()).append(", column ").append(template.column())
                        .append(": ").append(Html.escape(template.reason())).append("</p>\n<pre class=\"source\">")
                        .append(Html.escape(template.sourceExcerpt(3))).append("</pre>\n");
            }
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            body.append("<h2>Traceback</h2>\n<pre>").append(Html.escape(trace.toString())).append("</pre>\n");
            return Response.html(footer(body)).withStatus(500);
        }
        // endregion

        private static Optional<TemplateError> templateError(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TemplateError error) {
                    return Optional.of(error);
                }
            }
            return Optional.empty();
        }

        private static String header(String title, Request request) {
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                    + "</title>\n<style>body{font-family:sans-serif;margin:2em} pre{background:#f4f4f4;padding:1em;"
                    + "overflow:auto} .message{font-size:1.2em}</style></head>\n<body>\n<h1>" + Html.escape(title)
                    + "</h1>\n<p>Request: <code>" + Html.escape(request.method() + " " + request.fullPath()) + "</code></p>\n";
        }

        private static String footer(StringBuilder body) {
            return body.append("<p><em>You are seeing this page because DEBUG is on. With DEBUG off, visitors see a plain"
                    + " error page and the details go to the log.</em></p>\n</body>\n</html>\n").toString();
        }
    }
}
