package org.mtvkit.routing;

import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Html;
import org.mtvkit.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a handler throws into a page: an {@link HttpException} into its status, anything
 * else into a 500 page, logged with its stack trace. In debug mode the 500 page shows the exception's
 * type and message (escaped); otherwise it says nothing about the code.
 */
public final class ServerErrors implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(ServerErrors.class);

    private final boolean debug;

    private ServerErrors(boolean debug) {
        this.debug = debug;
    }

    public static ServerErrors create(boolean debug) {
        return new ServerErrors(debug);
    }

    // region: server-errors
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            try {
                return next.handle(request);
            } catch (HttpException e) {
                return Response.html(Html.errorPage(e.status(), e.getMessage())).withStatus(e.status());
            } catch (Exception e) {
                log.error("Unhandled exception while answering {}", request, e);
                String page = debug ? DebugPages.serverError(request, e)
                        : Html.errorPage(500, "The server could not answer this request. The details are in its log.");
                return Response.html(page).withStatus(500);
            }
        };
    }
    // endregion
}
