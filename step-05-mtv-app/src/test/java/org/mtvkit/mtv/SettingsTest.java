package org.mtvkit.mtv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    @DisplayName("with no environment the defaults work on a fresh machine")
    void defaults() {
        assertEquals(new Settings(8000, false, "jdbc:h2:./data/polls;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "django"), Settings.fromEnvironment(Map.of()));
    }

    @Test
    @DisplayName("every setting can be changed from the environment")
    void fromEnvironment() {
        Settings s = Settings.fromEnvironment(Map.of("PORT", "9000", "DEBUG", "on", "DATABASE_URL", "jdbc:h2:mem:x",
                "TEMPLATE_ENGINE", "FreeMarker"));
        assertEquals(new Settings(9000, true, "jdbc:h2:mem:x", "freemarker"), s);
    }

    @Test
    @DisplayName("a bad value is refused with the variable's name and what it accepts")
    void badValues() {
        assertEquals("PORT must be a number, not 'eighty'", assertThrows(IllegalArgumentException.class,
                () -> Settings.fromEnvironment(Map.of("PORT", "eighty"))).getMessage());
        assertEquals("DEBUG must be true or false (or 1/0, yes/no, on/off), not 'maybe'",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("DEBUG", "maybe"))).getMessage());
        assertEquals("TEMPLATE_ENGINE must be 'django' or 'freemarker', not 'jinja'",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("TEMPLATE_ENGINE", "jinja"))).getMessage());
    }

    @Test
    @DisplayName("the session cookie's age and Secure flag come from the environment, two weeks and off by default")
    void sessionCookie() {
        Settings defaults = Settings.fromEnvironment(Map.of());
        assertEquals(Duration.ofDays(14), defaults.sessionCookieAge());
        assertEquals(false, defaults.sessionCookieSecure());
        Settings s = Settings.fromEnvironment(Map.of("SESSION_COOKIE_AGE", " 3600 ", "SESSION_COOKIE_SECURE", "yes"));
        assertEquals(defaults.withSessionCookie(Duration.ofHours(1), true), s);
    }

    @Test
    @DisplayName("a session cookie age that is not a positive number of seconds, or a Secure flag that is not a flag, is refused")
    void badSessionCookie() {
        assertEquals("SESSION_COOKIE_AGE must be a number of seconds, like 1209600 (two weeks), not 'two weeks'",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("SESSION_COOKIE_AGE", "two weeks"))).getMessage());
        assertEquals("SESSION_COOKIE_AGE must be a positive number of seconds, like 1209600 (two weeks), not 0",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("SESSION_COOKIE_AGE", "0"))).getMessage());
        assertEquals("SESSION_COOKIE_SECURE must be true or false (or 1/0, yes/no, on/off), not 'https'",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("SESSION_COOKIE_SECURE", "https"))).getMessage());
    }
}
