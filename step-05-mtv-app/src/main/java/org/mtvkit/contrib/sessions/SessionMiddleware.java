package org.mtvkit.contrib.sessions;

import java.time.Duration;
import java.util.Optional;
import org.mtvkit.http.Cookie;
import org.mtvkit.http.Handler;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Middleware;

/**
 * Django's {@code SessionMiddleware}: gives each request a {@link Session} found by the session
 * cookie, and after the view saves it if it changed, setting the cookie (HttpOnly, SameSite=Lax,
 * Secure when configured, and Max-Age of the session's life). An emptied session deletes its row and
 * its cookie. A response that read the session varies with the cookie, so caches keep visitors apart.
 */
public final class SessionMiddleware implements Middleware {

    private final SessionStore store;
    private final SessionConfig config;

    public SessionMiddleware(SessionStore store, SessionConfig config) {
        this.store = store;
        this.config = config;
    }

    // region: session-middleware
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Optional<String> cookieKey = request.cookie(config.cookieName());
            Session session = new Session(store, cookieKey);
            Response response = next.handle(request.withAttribute(Session.ATTRIBUTE, session));
            session.takeDeletedKey().ifPresent(store::delete);
            if (!session.accessed()) {
                return response;
            }
            response = response.withHeader("Vary", "Cookie");
            if (session.isEmpty()) {
                if (cookieKey.isPresent()) {                  // the browser holds a key to nothing: forget it
                    session.key().ifPresent(store::delete);
                    response = response.withCookie(cookie("").withMaxAge(Duration.ZERO));
                }
                return response;
            }
            if (session.modified() && response.status() != 500) {
                String key = session.saveNow(store.now().plus(config.cookieAge()));
                response = response.withCookie(cookie(key).withMaxAge(config.cookieAge()));
            }
            return response;
        };
    }
    // endregion

    private Cookie cookie(String value) {
        return new Cookie(config.cookieName(), value, "/", Optional.empty(), true, config.secure(), "Lax");
    }
}
