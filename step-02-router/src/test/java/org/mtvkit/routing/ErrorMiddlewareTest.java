package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.path;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** The one error seam, over real HTTP: every status, DEBUG off and on, the Allow header, logging, the fallback. */
@DisplayName("The error seam turns every exception into a page with its status, DEBUG off and on")
class ErrorMiddlewareTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    private static final Router ROUTER = Router.of(
            path("status/<int:code>/", (request, kwargs) -> {
                throw new HttpException(kwargs.intValue("code"), "refused <because>");
            }, "status"),
            path("boom/", request -> {
                throw new IllegalStateException("secret <detail>");
            }, "boom"),
            path("post-only/", request -> Response.text("posted"), "post-only").allow("POST"));

    private void serve(boolean debug, ErrorRenderer renderer) {
        server = WebServer.start(Middleware.chain(ROUTER, ErrorMiddleware.create(debug, renderer)), "127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "DEBUG {1}: an HttpException {0} is a {0} page in the plain look, message escaped")
    @CsvSource({"400, false", "403, false", "404, false", "413, false", "400, true", "403, true", "404, true", "413, true"})
    void everyClientErrorStatus(int status, boolean debug) throws Exception {
        serve(debug, ErrorRenderer.plain());
        HttpResponse<String> page = get("/status/" + status + "/");
        assertEquals(status, page.statusCode());
        assertTrue(page.body().contains("<title>" + status + " "), page.body());
        assertTrue(page.body().contains("refused &lt;because&gt;"), page.body());
        assertFalse(page.body().contains("Traceback"), "a 4xx shows no traceback, even in DEBUG");
        assertEquals(debug, page.body().contains("DEBUG is on"), page.body());
    }

    @Test
    @DisplayName("DEBUG off: a 500 says nothing about the code")
    void serverErrorForVisitors() throws Exception {
        serve(false, ErrorRenderer.plain());
        HttpResponse<String> page = get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("The server could not answer this request"), page.body());
        assertFalse(page.body().contains("secret"), page.body());
        assertFalse(page.body().contains("IllegalStateException"), page.body());
    }

    @Test
    @DisplayName("DEBUG on: a 500 shows the exception, escaped, and its traceback")
    void serverErrorInDebug() throws Exception {
        serve(true, ErrorRenderer.plain());
        HttpResponse<String> page = get("/boom/");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("java.lang.IllegalStateException: secret &lt;detail&gt;"), page.body());
        assertTrue(page.body().contains("<h2>Traceback</h2>"), page.body());
        assertTrue(page.body().contains("at org.mtvkit.routing.ErrorMiddlewareTest"), page.body());
    }

    @Test
    @DisplayName("a 405 from the router gets its Allow header, OPTIONS included, DEBUG off and on")
    void methodNotAllowedGetsAllow() throws Exception {
        for (boolean debug : new boolean[] {false, true}) {
            serve(debug, ErrorRenderer.plain());
            HttpResponse<String> page = get("/post-only/");
            assertEquals(405, page.statusCode());
            assertEquals("POST, OPTIONS", page.headers().firstValue("Allow").orElseThrow());
            assertTrue(page.body().contains("GET is not allowed here; this URL answers POST, OPTIONS."), page.body());
            server.stop();
        }
        server = null;
    }

    @Test
    @DisplayName("DEBUG on: a 404 lists the patterns tried; DEBUG off it names only the path")
    void notFoundListsPatternsOnlyInDebug() throws Exception {
        serve(true, ErrorRenderer.plain());
        assertTrue(get("/nowhere/").body().contains("status/&lt;int:code&gt;/ [name=&#x27;status&#x27;]"));
        server.stop();
        serve(false, ErrorRenderer.plain());
        HttpResponse<String> page = get("/nowhere/");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("/nowhere/ was not found"), page.body());
        assertFalse(page.body().contains("status/"), page.body());
    }

    @Test
    @DisplayName("a renderer plugged into the seam writes the page; status and headers stay the middleware's")
    void customRenderer() throws Exception {
        serve(false, page -> "<p>custom " + page.status() + " " + page.allowed() + "</p>");
        HttpResponse<String> page = get("/post-only/");
        assertEquals("<p>custom 405 [POST, OPTIONS]</p>", page.body());
        assertEquals("POST, OPTIONS", page.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    @DisplayName("a renderer that fails falls back to the plain page, with the same status, and says so in the log")
    void failingRendererFallsBack() throws Exception {
        RecordingLogger log = new RecordingLogger();
        ErrorRenderer broken = page -> {
            throw new IllegalStateException("the 404 template is broken");
        };
        server = WebServer.start(Middleware.chain(ROUTER, ErrorMiddleware.create(false, broken, log)), "127.0.0.1", 0);
        HttpResponse<String> page = get("/status/404/");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>404 Not Found</h1>"), page.body());
        assertEquals(List.of("DEBUG 404 Not Found for GET /status/404/: refused <because>",
                "ERROR The error page for a 404 could not be rendered; answering with the plain page"
                + " [java.lang.IllegalStateException: the 404 template is broken]"), log.lines);
    }

    // region: logging-tests
    @Test
    @DisplayName("a 500 is logged once at ERROR with its stack trace")
    void serverErrorIsLoggedOnce() throws Exception {
        RecordingLogger log = new RecordingLogger();
        ErrorMiddleware.create(false, ErrorRenderer.plain(), log).wrap(ROUTER).handle(Request.builder("GET", "/boom/").build());
        assertEquals(List.of("ERROR 500 Internal Server Error while answering GET /boom/"
                + " [java.lang.IllegalStateException: secret <detail>]"), log.lines);
    }

    @Test
    @DisplayName("a 4xx is the client's mistake: never logged at ERROR, never with a trace")
    void clientErrorsAreNotLoggedAsErrors() throws Exception {
        RecordingLogger log = new RecordingLogger();
        org.mtvkit.http.Handler handler = ErrorMiddleware.create(true, ErrorRenderer.plain(), log).wrap(ROUTER);
        for (String path : List.of("/status/400/", "/status/403/", "/nowhere/", "/post-only/", "/status/413/")) {
            handler.handle(Request.builder("GET", path).build());
        }
        assertEquals(5, log.lines.size(), log.lines.toString());
        assertTrue(log.lines.stream().allMatch(line -> line.startsWith("DEBUG ") && !line.contains("[")), log.lines.toString());
    }
    // endregion

    /** A real SLF4J logger that keeps what it is given: level, message, and the exception if any. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments)
                    + (throwable == null ? "" : " [" + throwable + "]"));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
