package org.mtvkit.mtv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtvkit.http.Handler;
import org.mtvkit.http.Headers;
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

    /** The three headers with the values the settings give, in the order Django adds them; an empty value is left out. */
    private final List<String[]> defaults = new ArrayList<>();
    private final Headers all;

    SecurityHeaders(Settings settings) {
        add("X-Frame-Options", settings.xFrameOptions());
        add("X-Content-Type-Options", settings.contentTypeNosniff() ? "nosniff" : "");
        add("Referrer-Policy", settings.referrerPolicy());
        this.all = missingFrom(Headers.empty());
    }

    private void add(String name, String value) {
        if (!value.isEmpty()) {
            defaults.add(new String[] {name, value});
        }
    }

    // region: security-headers
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response = next.handle(request);
            Headers own = response.headers();
            for (String[] header : defaults) {
                if (own.contains(header[0])) {
                    return response.withHeaders(missingFrom(own)); // a header the view set is kept
                }
            }
            return response.withHeaders(all); // the common case: all three, added in one copy
        };
    }

    private Headers missingFrom(Headers own) {
        return Headers.of(defaults.stream().filter(header -> !own.contains(header[0]))
                .flatMap(Arrays::stream).toArray(String[]::new));
    }
    // endregion
}
