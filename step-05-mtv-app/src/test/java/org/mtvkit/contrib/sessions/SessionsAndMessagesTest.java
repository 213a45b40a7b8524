package org.mtvkit.contrib.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.contrib.messages.Messages;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Settings;
import testsite.TestSite;

/** Sessions and messages over real HTTP, on a real H2 table. */
class SessionsAndMessagesTest {

    /** A clock the test moves forward, to expire sessions without waiting. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    TestSite site;
    final TestClock clock = new TestClock();

    void start(SessionConfig config) {
        site = TestSite.start((db, shortcuts) -> List.of(
                path("count/", request -> {
                    Session session = Session.of(request);
                    int n = session.get("n").map(Integer::parseInt).orElse(0) + 1;
                    session.put("n", String.valueOf(n));
                    return Response.text("visit " + n);
                }, "count"),
                path("flush/", request -> {
                    Session.of(request).flush();
                    return Response.text("flushed");
                }, "flush"),
                path("plain/", request -> Response.text("no session here"), "plain"),
                path("vote/", request -> {
                    Messages.success(request, "Your <vote> was counted.");
                    Messages.error(request, "Second message.");
                    return Response.redirect("/show/");
                }, "vote"),
                path("show/", request -> shortcuts.render(request, "blog/messages.html", Messages.context(request)), "show")),
                List.of(StoredSession.class), db -> List.of(new SessionMiddleware(new SessionStore(db, clock), config)));
    }

    @AfterEach
    void stop() {
        if (site != null) {                 // two tests need no site
            site.close();
        }
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sessionid=")).findFirst();
    }

    private static String key(HttpResponse<String> response) {
        return sessionCookie(response).orElseThrow().split(";")[0].substring("sessionid=".length());
    }

    @Test
    @DisplayName("a session survives between requests under one key, in a cookie that is HttpOnly, SameSite=Lax and lives two weeks")
    void sessionPersists() throws Exception {
        start(SessionConfig.defaults());
        HttpResponse<String> first = site.get("/count/");
        assertEquals("visit 1", first.body());
        String key = key(first);
        assertEquals("sessionid=" + key + "; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax", sessionCookie(first).orElseThrow());
        assertEquals(Optional.of("Cookie"), first.headers().firstValue("Vary"));
        HttpResponse<String> second = site.get("/count/");
        assertEquals("visit 2", second.body());
        assertEquals(key, key(second));
        assertEquals(1, site.db.objects(StoredSession.class).count());
    }

    @Test
    @DisplayName("with SESSION_COOKIE_SECURE the cookie is marked Secure")
    void secureCookie() throws Exception {
        start(SessionConfig.from(Settings.fromEnvironment(Map.of("SESSION_COOKIE_SECURE", "1"))));
        assertTrue(sessionCookie(site.get("/count/")).orElseThrow().contains("; Secure"));
    }

    @Test
    @DisplayName("a key the browser made up is never adopted: the session gets a key of the server's")
    void forgedKey() throws Exception {
        start(SessionConfig.defaults());
        String forged = "a".repeat(32);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(site.uri("/count/"))
                .header("Cookie", "sessionid=" + forged).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("visit 1", response.body());
        assertNotEquals(forged, key(response));
    }

    @Test
    @DisplayName("a session older than its age is gone: the visitor starts afresh")
    void expiry() throws Exception {
        start(new SessionConfig("sessionid", Duration.ofHours(1), false));
        site.get("/count/");
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertEquals("visit 2", site.get("/count/").body());
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertEquals("visit 1", site.get("/count/").body());
        assertEquals(1, new SessionStore(site.db, clock).clearExpired());
    }

    @Test
    @DisplayName("flush deletes the row and tells the browser to drop the cookie")
    void flush() throws Exception {
        start(SessionConfig.defaults());
        site.get("/count/");
        HttpResponse<String> flushed = site.get("/flush/");
        assertTrue(sessionCookie(flushed).orElseThrow().startsWith("sessionid=; Path=/; Max-Age=0"), flushed.headers().toString());
        assertEquals(0, site.db.objects(StoredSession.class).count());
        assertEquals("visit 1", site.get("/count/").body());
    }

    @Test
    @DisplayName("a page that never reads the session sets no cookie and does not vary")
    void untouched() throws Exception {
        start(SessionConfig.defaults());
        HttpResponse<String> page = site.get("/plain/");
        assertEquals(Optional.empty(), sessionCookie(page));
        assertEquals(Optional.empty(), page.headers().firstValue("Vary"));
    }

    @Test
    @DisplayName("a row whose data is damaged loads as an empty session, not a 500")
    void corruptedRow() throws Exception {
        start(SessionConfig.defaults());
        site.get("/count/");
        site.db.objects(StoredSession.class).update("sessionData", "{not json");
        assertEquals("visit 1", site.get("/count/").body());
    }

    @Test
    @DisplayName("messages: added before a redirect, shown on the next page, escaped, and only once")
    void messagesShowOnce() throws Exception {
        start(SessionConfig.defaults());
        HttpResponse<String> vote = site.get("/vote/");
        assertEquals(302, vote.statusCode());
        String page = site.get("/show/").body();
        assertEquals("<li class=\"success\">Your &lt;vote&gt; was counted.</li><li class=\"error\">Second message.</li>",
                page.trim());
        assertEquals("none", site.get("/show/").body().trim());
    }

    @Test
    @DisplayName("asking a request without the middleware for its session says what to add")
    void noMiddleware() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Session.of(Request.builder("GET", "/").build()));
        assertEquals("This request has no session: add a SessionMiddleware to the project's middleware, around the"
                + " router, and register StoredSession with the project's models", e.getMessage());
    }

    @Test
    @DisplayName("the project's settings give the cookie its age and Secure flag; by default two weeks, not Secure")
    void fromSettings() {
        SessionConfig config = SessionConfig.from(Settings.fromEnvironment(Map.of("SESSION_COOKIE_AGE", "3600")));
        assertEquals(new SessionConfig("sessionid", Duration.ofHours(1), false), config);
        assertEquals(SessionConfig.defaults(), SessionConfig.from(Settings.fromEnvironment(Map.of())));
        assertFalse(SessionConfig.defaults().secure());
    }
}
