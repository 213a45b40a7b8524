package org.mtvkit.mtv;

import org.mtvkit.http.Handler;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Middleware;

/**
 * The response headers Django's {@code SecurityMiddleware} and {@code XFrameOptionsMiddleware} add to every
 * response, error pages and static files included: another site may not show ours in a frame (clickjacking),
 * a browser may not guess a content type other than the one we send (a text file run as a script), and a
 * link to another site does not tell it which of our pages the visitor came from. A header a view has set
 * itself is left as it is.
 */
final class SecurityHeaders implements Middleware {

    private final Settings settings;

    SecurityHeaders(Settings settings) {
        this.settings = settings;
    }

    // region: security-headers
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response = next.handle(request);
            response = unlessSet(response, "X-Frame-Options", settings.xFrameOptions());
            response = unlessSet(response, "X-Content-Type-Options", settings.contentTypeNosniff() ? "nosniff" : "");
            return unlessSet(response, "Referrer-Policy", settings.referrerPolicy());
        };
    }

    private static Response unlessSet(Response response, String header, String value) {
        return value.isEmpty() || response.headers().contains(header) ? response : response.withHeader(header, value);
    }
    // endregion
}
