package org.mtvkit.contrib.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mtvkit.http.Response;
import org.mtvkit.routing.View;

/**
 * Django's {@code login_required}: a view only logged-in visitors reach. Anyone else is redirected to
 * the login page with the address they wanted as {@code next}, so that the login sends them back.
 *
 * <pre>{@code
 * path("mine/", LoginRequired.wrap(auth, "/accounts/login/", views::mine), "mine")
 * }</pre>
 */
public final class LoginRequired {

    private LoginRequired() {
    }

    // region: login-required
    public static View wrap(Auth auth, String loginUrl, View view) {
        return (request, kwargs) -> {
            if (auth.user(request).isPresent()) {
                return view.handle(request, kwargs);
            }
            return Response.redirect(loginUrl + (loginUrl.contains("?") ? "&" : "?") + "next=" + quote(request.fullPath()));
        };
    }
    // endregion

    /** Python's {@code quote(path, safe='/')}: everything but letters, digits, {@code _.-~} and {@code /} percent-encoded. */
    static String quote(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("*", "%2A").replace("%7E", "~");
    }
}
