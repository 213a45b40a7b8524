package org.mtvkit.contrib.sessions;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Django's session settings: the cookie's name ({@code SESSION_COOKIE_NAME}), how long a session
 * lives ({@code SESSION_COOKIE_AGE}, two weeks), and whether the cookie is sent only over HTTPS
 * ({@code SESSION_COOKIE_SECURE}, off by default so that the development server works; turn it on in
 * production). The cookie is always HttpOnly and SameSite=Lax, as Django's defaults.
 */
public record SessionConfig(String cookieName, Duration cookieAge, boolean secure) {

    public static final Duration TWO_WEEKS = Duration.ofDays(14);

    public SessionConfig {
        if (cookieAge.isNegative() || cookieAge.isZero()) {
            throw new IllegalArgumentException("SESSION_COOKIE_AGE must be positive, not " + cookieAge);
        }
    }

    public static SessionConfig defaults() {
        return new SessionConfig("sessionid", TWO_WEEKS, false);
    }

    /** {@code SESSION_COOKIE_SECURE=1} (or {@code true}) and {@code SESSION_COOKIE_AGE=<seconds>} from the environment. */
    public static SessionConfig fromEnvironment(Map<String, String> env) {
        String secure = env.getOrDefault("SESSION_COOKIE_SECURE", "").trim().toLowerCase(Locale.ROOT);
        Duration age = TWO_WEEKS;
        String seconds = env.getOrDefault("SESSION_COOKIE_AGE", "").trim();
        if (!seconds.isEmpty()) {
            try {
                age = Duration.ofSeconds(Long.parseLong(seconds));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SESSION_COOKIE_AGE must be a number of seconds, like 1209600"
                        + " (two weeks), not '" + seconds + "'");
            }
        }
        return new SessionConfig("sessionid", age, secure.equals("1") || secure.equals("true") || secure.equals("yes"));
    }
}
