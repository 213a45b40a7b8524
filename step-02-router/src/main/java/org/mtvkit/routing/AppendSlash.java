package org.mtvkit.routing;

import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * Django's {@code APPEND_SLASH}: a request for {@code /polls} that would have matched as {@code /polls/}
 * is redirected there (301, query string kept) instead of answered 404.
 *
 * <p>Only GET and HEAD are redirected: a browser follows a 301 with a GET, so a POST's data would be
 * lost. In debug mode such a POST is an error whose message says how to fix the form; otherwise it
 * stays a 404.
 */
public final class AppendSlash implements Middleware {

    private final Router router;

    private AppendSlash(Router router) {
        this.router = router;
    }

    /** Redirects to the slash-ended path when the router resolves it; debug mode comes from the router. */
    public static AppendSlash using(Router router) {
        return new AppendSlash(router);
    }

    // region: append-slash
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response;
            try {
                response = next.handle(request);
            } catch (HttpException e) {
                if (e.status() == 404 && shouldRedirect(request)) {
                    return redirect(request);
                }
                throw e;
            }
            if (response != null && response.status() == 404 && shouldRedirect(request)) {
                return redirect(request);
            }
            return response;
        };
    }

    /** Only when the path itself matches nothing and the path with a slash does. */
    private boolean shouldRedirect(Request request) {
        String path = request.path();
        return !path.endsWith("/") && router.resolve(path).isEmpty() && router.resolve(path + "/").isPresent();
    }

    private Response redirect(Request request) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (router.debug()) {
                throw new IllegalStateException("You called " + request.path() + " with " + method + ", but the URL"
                        + " does not end in a slash. The router cannot redirect to " + request.path() + "/ while keeping"
                        + " the " + method + " data. Change your form to point to " + request.path() + "/ (note the"
                        + " trailing slash), or remove AppendSlash from the middleware.");
            }
            throw new Resolver404(request.path(), router.patterns());
        }
        // "//evil.example" + "/" would be a link to another site: keep the target on this one.
        String target = request.rawPath() + "/";
        if (target.startsWith("//")) {
            target = "/%2F" + target.substring(2);
        }
        String query = request.queryString();
        return Response.permanentRedirect(query.isEmpty() ? target : target + "?" + query);
    }
    // endregion
}
