package mysite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtvkit.contrib.sessions.Session;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.orm.Database;
import org.mtvkit.testing.RawHttp;

/** Django's security defaults on the whole site: the three headers, the allowed hosts, and part 6's static files. */
class SecurityDefaultsTest {

    private Site site;

    @BeforeEach
    void start() {
        site = Site.start("django", false);
        Question q = site.createQuestion("What's new?", -1);
        site.createChoice(q, "Not much");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static void hasSecurityHeaders(HttpResponse<String> response) {
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse("(none)"), response.uri().toString());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("(none)"));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse("(none)"));
    }

    @Test
    @DisplayName("every response carries X-Frame-Options DENY, nosniff and Referrer-Policy same-origin")
    void headersOnEveryResponse() throws Exception {
        hasSecurityHeaders(site.get("/polls/"));                        // a page
        hasSecurityHeaders(site.get("/polls/1/"));                      // a form
        hasSecurityHeaders(site.get("/polls/999/"));                    // a 404 page
        hasSecurityHeaders(site.get("/static/polls/style.css"));        // a static file
        hasSecurityHeaders(site.post("/polls/1/vote/", Map.of("choice", "1", "csrfmiddlewaretoken",
                Site.csrfToken(site.get("/polls/1/").body()))));         // a vote's redirect
        hasSecurityHeaders(site.post("/polls/1/vote/", Map.of("choice", "1")));   // a CSRF refusal (403)
    }

    @Test
    @DisplayName("a POST to a static file is 405 from the static files, before any CSRF check: a stylesheet needs no token")
    void staticFilesBeforeCsrf() throws Exception {
        HttpResponse<String> response = site.post("/static/polls/style.css", Map.of());
        assertEquals(405, response.statusCode(), "/static/polls/style.css: the static files answer before the CSRF check");
    }

    @Test
    @DisplayName("the headers come from settings: another X-Frame-Options, or none")
    void headersFromSettings() throws Exception {
        Settings settings = Settings.fromEnvironment(Map.of("X_FRAME_OPTIONS", "sameorigin",
                "SECURE_CONTENT_TYPE_NOSNIFF", "off", "SECURE_REFERRER_POLICY", ""));
        Project project = Main.installedApps(Project.builder(settings).database(Database.inMemory()))
                .urls(RootUrls::urlpatterns).build();
        project.migrate();
        try (WebServer server = WebServer.start(project.handler(), "127.0.0.1", 0)) {
            String response = RawHttp.get(server.port(), "/polls/");
            assertTrue(response.contains("X-Frame-Options: SAMEORIGIN"), response);
            assertFalse(response.contains("X-Content-Type-Options"), response);
            assertFalse(response.contains("Referrer-Policy"), response);
        } finally {
            project.database().close();
        }
    }

    @Test
    @DisplayName("the project's session cookie takes SESSION_COOKIE_AGE and SESSION_COOKIE_SECURE from its settings")
    void sessionCookieFromSettings() throws Exception {
        Settings settings = Settings.fromEnvironment(Map.of("SESSION_COOKIE_AGE", "3600", "SESSION_COOKIE_SECURE", "1"));
        // The project's own middleware, around one view that writes the session.
        Project project = Main.builder(settings).database(Database.inMemory())
                .urls((db, shortcuts) -> List.of(path("remember/", request -> {
                    Session.of(request).put("seen", "yes");
                    return Response.text("remembered");
                }, "remember")))
                .build();
        project.migrate();
        try (WebServer server = WebServer.start(project.handler(), "127.0.0.1", 0)) {
            String response = RawHttp.get(server.port(), "/remember/");
            String cookie = response.lines().filter(line -> line.startsWith("Set-Cookie: sessionid=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie:\n" + response));
            assertTrue(cookie.contains("; Max-Age=3600") && cookie.contains("; Secure"), cookie);
        } finally {
            project.database().close();
        }
    }

    @Test
    @DisplayName("a bad security setting is refused with the variable's name and what it accepts")
    void badSecuritySettings() {
        assertEquals("X_FRAME_OPTIONS must be DENY, SAMEORIGIN or empty (no header), not 'ALLOW'",
                assertThrows(IllegalArgumentException.class,
                        () -> Settings.fromEnvironment(Map.of("X_FRAME_OPTIONS", "allow"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Settings.fromEnvironment(Map.of("SECURE_REFERRER_POLICY", "everywhere"))).getMessage()
                .startsWith("SECURE_REFERRER_POLICY must be one of [no-referrer, "));
    }

    private String withHost(String host) throws Exception {
        return RawHttp.send(site.server.port(), "GET /polls/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"localhost", "localhost:8000", "LOCALHOST", "127.0.0.1:8000", "[::1]:8000", "polls.localhost"})
    @DisplayName("by default this machine's names are allowed, with or without a port")
    void defaultAllowedHosts(String host) throws Exception {
        assertEquals(200, RawHttp.status(withHost(host)));
    }

    @Test
    @DisplayName("another Host gets 400, and the page names ALLOWED_HOSTS")
    void otherHostRefused() throws Exception {
        String response = withHost("evil.example");
        assertEquals(400, RawHttp.status(response), response);
        assertTrue(response.contains("Invalid HTTP_HOST header: &#x27;evil.example&#x27;. You may need to add"
                + " &#x27;evil.example&#x27; to ALLOWED_HOSTS"), response);
        assertTrue(response.contains("X-Frame-Options: DENY"), "the error page has the security headers too:\n" + response);
    }

    @Test
    @DisplayName("a Host is judged the same every time: one that passed passes again, one refused stays refused,"
            + " and a hundred different ones after them change neither")
    void hostsAreRememberedOnlyWhenAllowed() throws Exception {
        for (int round = 0; round < 2; round++) {
            assertEquals(200, RawHttp.status(withHost("localhost:8000")));
            assertEquals(400, RawHttp.status(withHost("evil.example")));
        }
        for (int i = 0; i < 100; i++) {   // more than the 64 accepted hosts the check remembers
            assertEquals(200, RawHttp.status(withHost("localhost:" + (9000 + i))));
        }
        assertEquals(200, RawHttp.status(withHost("localhost:9099")));
        assertEquals(400, RawHttp.status(withHost("evil.example")));
        assertEquals(400, RawHttp.status(withHost("evil_example.com")));
    }

    @Test
    @DisplayName("a Host that is not a host name at all gets 400 saying so")
    void malformedHost() throws Exception {
        String response = withHost("evil_example.com");
        assertEquals(400, RawHttp.status(response), response);
        assertTrue(response.contains("is not valid according to RFC 1034/1035"), response);
    }

    @Test
    @DisplayName("ALLOWED_HOSTS from the environment: a leading dot allows subdomains, and the defaults no longer apply")
    void allowedHostsFromEnvironment() {
        Settings settings = Settings.fromEnvironment(Map.of("ALLOWED_HOSTS", "example.com, .example.org"));
        assertEquals(List.of("example.com", ".example.org"), settings.allowedHosts());
        assertEquals(Settings.DEFAULT_ALLOWED_HOSTS, Settings.fromEnvironment(Map.of()).allowedHosts());
    }

    @Test
    @DisplayName("hosts from settings decide: a subdomain of a dotted name passes, the defaults are gone")
    void allowedHostsApplied() throws Exception {
        Project project = Main.installedApps(Project.builder(new Settings(0, false, "unused", "django")
                        .withAllowedHosts(List.of("example.com", ".example.org")))
                .database(Database.inMemory()))
                .urls(RootUrls::urlpatterns).build();
        project.migrate();
        try (WebServer server = WebServer.start(project.handler(), "127.0.0.1", 0)) {
            for (String host : List.of("example.com", "www.example.org", "example.org:80")) {
                assertEquals(200, RawHttp.status(RawHttp.send(server.port(),
                        "GET /polls/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")), host);
            }
            for (String host : List.of("localhost", "www.example.com", "example.com.evil")) {
                assertEquals(400, RawHttp.status(RawHttp.send(server.port(),
                        "GET /polls/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")), host);
            }
        } finally {
            project.database().close();
        }
    }

    @Test
    @DisplayName("part 6: the stylesheet uses the background image, and both are served")
    void part6StaticFiles() throws Exception {
        HttpResponse<String> css = site.get("/static/polls/style.css");
        assertTrue(css.body().contains("url(\"images/background.png\")"), css.body());
        HttpResponse<String> image = site.get("/static/polls/images/background.png");
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /static/polls/style.css", "GET /polls/", "POST /polls/1/vote/", "PUT /static/polls/style.css"})
    @DisplayName("an unknown charset in the Content-Type never makes a 500, static files included")
    void unknownCharsetAnywhere(String request) throws Exception {
        String response = RawHttp.send(site.server.port(), request + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=x-unknown\r\nContent-Length: 3\r\n\r\na=1");
        int status = RawHttp.status(response);
        assertTrue(status < 500, response);
        if (request.startsWith("GET")) {
            assertEquals(415, status, "a form in an unknown charset is refused even on a GET: " + response);
        }
    }
}
