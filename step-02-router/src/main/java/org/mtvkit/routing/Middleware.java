package org.mtvkit.routing;

import java.util.List;
import org.mtvkit.http.Handler;

/**
 * Wraps a handler in another: code that runs around every request, before and after the router.
 * Later steps add CSRF checks, static files and error pages this way.
 */
// region: middleware
@FunctionalInterface
public interface Middleware {

    Handler wrap(Handler next);

    /**
     * The handler with the middleware around it, the first one listed outermost: with
     * {@code chain(router, log, errors)} a request goes log -> errors -> router, and the response
     * comes back the other way.
     */
    static Handler chain(Handler handler, List<Middleware> middleware) {
        Handler wrapped = handler;
        for (int i = middleware.size() - 1; i >= 0; i--) {
            wrapped = middleware.get(i).wrap(wrapped);
        }
        return wrapped;
    }

    static Handler chain(Handler handler, Middleware... middleware) {
        return chain(handler, List.of(middleware));
    }
}
// endregion
