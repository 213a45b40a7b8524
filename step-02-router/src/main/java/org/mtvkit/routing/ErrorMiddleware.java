package org.mtvkit.routing;

import org.mtvkit.http.Handler;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes a page. Layers below only raise: the router a
 * {@link Resolver404} or a {@link MethodNotAllowed}, a view an {@link org.mtvkit.http.HttpException}
 * (400, 403, 404, 413, ...) or anything else, which is a 500. This middleware picks the status, sets
 * {@code Allow} on a 405, logs a 5xx once at ERROR with its stack trace (a 4xx is the client's
 * mistake and is not logged as an error), and asks its {@link ErrorRenderer} for the HTML.
 */
public final class ErrorMiddleware implements Middleware {

    private final boolean debug;
    private final ErrorRenderer renderer;
    private final Logger log;

    private ErrorMiddleware(boolean debug, ErrorRenderer renderer, Logger log) {
        this.debug = debug;
        this.renderer = renderer;
        this.log = log;
    }

    /** Error pages in the framework's plain look; with DEBUG on they show what helps a developer. */
    public static ErrorMiddleware create(boolean debug) {
        return create(debug, ErrorRenderer.plain());
    }

    /** Error pages written by the given renderer, with the plain look as the fallback if it fails. */
    public static ErrorMiddleware create(boolean debug, ErrorRenderer renderer) {
        return new ErrorMiddleware(debug, renderer, LoggerFactory.getLogger(ErrorMiddleware.class));
    }

    /** With another logger: the tests' way to read what is logged (the build turns logging off). */
    static ErrorMiddleware create(boolean debug, ErrorRenderer renderer, Logger log) {
        return new ErrorMiddleware(debug, renderer, log);
    }

    // region: error-middleware
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            try {
                return next.handle(request);
            } catch (Exception e) {
                return respond(request, e);
            }
        };
    }

    /** The response for an exception a handler threw: what {@link #wrap} answers with. */
    public Response respond(Request request, Exception exception) {
        ErrorPage page = ErrorPage.of(request, exception, debug);
        if (page.serverError()) {
            log.error("{} while answering {} {}", page.title(), request.method(), request.fullPath(), exception);
        } else {
            log.debug("{} for {} {}: {}", page.title(), request.method(), request.fullPath(), page.message());
        }
        Response response = Response.html(render(page)).withStatus(page.status());
        if (exception instanceof MethodNotAllowed notAllowed) {
            response = response.withHeader("Allow", notAllowed.allowHeader());
        }
        return response;
    }
    // endregion

    private String render(ErrorPage page) {
        try {
            return renderer.render(page);
        } catch (Exception broken) {
            log.error("The error page for a {} could not be rendered; answering with the plain page", page.status(),
                    broken);
            return PlainErrorRenderer.INSTANCE.render(page);
        }
    }
}
