package org.mtvkit.contrib.sessions;

import java.time.Duration;
import org.mtvkit.mtv.Settings;

/**
 * Django's session settings: the cookie's name ({@code SESSION_COOKIE_NAME}), how long a session
 * lives ({@code SESSION_COOKIE_AGE}, two weeks), and whether the cookie is sent only over HTTPS
 * ({@code SESSION_COOKIE_SECURE}, off by default so that the development server works; turn it on in
 * production). The cookie is always HttpOnly and SameSite=Lax, as Django's defaults. A project reads the
 * two it can change from its {@link Settings}, with the other environment settings.
 */
public record SessionConfig(String cookieName, Duration cookieAge, boolean secure) {

    public static final Duration TWO_WEEKS = Settings.DEFAULT_SESSION_COOKIE_AGE;

    public SessionConfig {
        if (cookieAge.isNegative() || cookieAge.isZero()) {
            throw new IllegalArgumentException("SESSION_COOKIE_AGE must be positive, not " + cookieAge);
        }
    }

    public static SessionConfig defaults() {
        return new SessionConfig("sessionid", TWO_WEEKS, false);
    }

    /** The project's {@code SESSION_COOKIE_AGE} and {@code SESSION_COOKIE_SECURE}, under Django's cookie name. */
    public static SessionConfig from(Settings settings) {
        return new SessionConfig("sessionid", settings.sessionCookieAge(), settings.sessionCookieSecure());
    }
}
