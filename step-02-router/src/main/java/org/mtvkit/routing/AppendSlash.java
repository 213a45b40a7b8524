package org.mtvkit.routing;

import org.mtvkit.http.Handler;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * Django's {@code APPEND_SLASH} (in its {@code CommonMiddleware}): a request for {@code /polls} that
 * would have matched as {@code /polls/} is redirected there (301, query string kept) instead of
 * answered 404.
 *
 * <p>A browser follows a 301 with a GET, so a POST's data would be lost. With DEBUG on, a POST, PUT or
 * PATCH is therefore an error whose message says how to fix the form; with DEBUG off it is redirected
 * like any other request, as Django does. A route can opt out with
 * {@link UrlEntry.Route#noAppendSlash()}.
 */
public final class AppendSlash implements Middleware {

    private final Router router;
    private final boolean debug;

    private AppendSlash(Router router, boolean debug) {
        this.router = router;
        this.debug = debug;
    }

    /** Redirects to the slash-ended path when the router resolves it; DEBUG off. */
    public static AppendSlash using(Router router) {
        return new AppendSlash(router, false);
    }

    /** Redirects to the slash-ended path when the router resolves it; with DEBUG on, a lost POST is an error. */
    public static AppendSlash using(Router router, boolean debug) {
        return new AppendSlash(router, debug);
    }

    // region: append-slash
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            try {
                return next.handle(request);
            } catch (Resolver404 notFound) {
                if (shouldRedirect(request)) {
                    return redirect(request);
                }
                throw notFound;
            }
        };
    }

    /** Only when the path itself matches nothing and the path with a slash does, for a route that allows it. */
    private boolean shouldRedirect(Request request) {
        String path = request.path();
        return !path.endsWith("/") && router.resolve(path).isEmpty() && router.acceptsAppendedSlash(path + "/");
    }

    private Response redirect(Request request) {
        String method = request.method();
        if (debug && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            throw new IllegalStateException("You called " + request.path() + " with " + method + ", but the URL"
                    + " does not end in a slash. The router cannot redirect to " + request.path() + "/ while keeping"
                    + " the " + method + " data. Change your form to point to " + request.path() + "/ (note the"
                    + " trailing slash), or remove AppendSlash from the middleware.");
        }
        // "//evil.example" + "/" would be a link to another site: keep the target on this one.
        String target = PercentEncoder.escapeLeadingSlashes(PercentEncoder.encodeUriPath(request.path()) + "/");
        String query = request.queryString();
        return Response.permanentRedirect(query.isEmpty() ? target : target + "?" + query);
    }
    // endregion
}
