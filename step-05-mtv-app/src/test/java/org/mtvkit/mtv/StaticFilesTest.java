package org.mtvkit.mtv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.mtvkit.testing.RawHttp;

/** Static files over real HTTP: types, ETags, 304, and no way out of the folder. */
class StaticFilesTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;
    private StaticFiles files;

    @BeforeEach
    void start() {
        files = new StaticFiles("/static/", "static", getClass().getClassLoader());
        server = WebServer.start(files.wrap(request -> Response.text("app: " + request.path())), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String target, String... headers) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a file is served with its content type and an ETag")
    void servesAFile() throws Exception {
        HttpResponse<String> response = get("/static/kit/site.css");
        assertEquals(200, response.statusCode());
        assertEquals("body { color: teal; }\n", response.body());
        assertEquals("text/css; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{32}\""));
        assertEquals("text/plain;charset=utf-8",
                get("/static/kit/sub/note.txt").headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    }

    @Test
    @DisplayName("a browser that sends the current ETag gets 304 Not Modified and no body")
    void notModified() throws Exception {
        String etag = get("/static/kit/site.css").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/static/kit/site.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/static/kit/site.css", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    @DisplayName("requests outside the prefix go to the application")
    void passesThrough() throws Exception {
        assertEquals("app: /polls/", get("/polls/").body());
    }

    @Test
    @DisplayName("a missing file and a directory are both 404")
    void missingAndDirectories() throws Exception {
        assertEquals(404, get("/static/kit/nope.css").statusCode());
        assertEquals(404, get("/static/kit/sub").statusCode());
        assertEquals(404, get("/static/kit/sub/").statusCode());
        assertEquals(404, get("/static/").statusCode());
    }

    @Test
    @DisplayName("no path escapes the static folder: dot segments, encoded dots, backslashes, absolute paths")
    void noEscape() throws Exception {
        for (String target : List.of("/static/../outside.txt", "/static/kit/../../outside.txt",
                "/static/%2e%2e/outside.txt", "/static/.%2e/outside.txt", "/static/kit/..%5c..%5coutside.txt",
                "/static/kit\\..\\..\\outside.txt", "/static//outside.txt", "/static//etc/passwd",
                "/static/%2Fetc%2Fpasswd", "/static/C:/Windows/win.ini", "/static/./kit/site.css")) {
            String response = RawHttp.get(server.port(), target);
            int status = RawHttp.status(response);
            assertTrue(status == 404 || status == 400, target + " answered " + status);
            assertFalse(response.contains("secret"), target);
        }
    }

    @Test
    @DisplayName("the folder check itself accepts plain names and refuses anything that climbs or jumps")
    void safePaths() {
        assertEquals("kit/site.css", StaticFiles.safe("kit/site.css").orElseThrow());
        for (String bad : List.of("", "..", "a/../b", "./a", "a//b", "/etc/passwd", "a\\b", "c:/x", "a\0b", "a/")) {
            assertTrue(StaticFiles.safe(bad).isEmpty(), bad);
        }
    }

    @Test
    @DisplayName("writing to a static URL is 405")
    void onlyReads() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/static/kit/site.css"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    @DisplayName("10,000 requests for files that do not exist leave nothing in memory; a file found is kept")
    void missesAreNotCached() throws Exception {
        Handler site = files.wrap(request -> Response.text("app"));
        for (int i = 0; i < 10_000; i++) {
            Request miss = Request.builder("GET", "/static/kit/missing-" + i + ".css").build();
            assertEquals(404, assertThrows(HttpException.class, () -> site.handle(miss)).status());
        }
        assertEquals(0, files.cachedFiles());
        site.handle(Request.builder("GET", "/static/kit/site.css").build());
        assertEquals(1, files.cachedFiles());
    }

    @Test
    @DisplayName("the cache of files found is bounded too: past its size, the file used longest ago goes")
    void hitsAreBounded() throws Exception {
        StaticFiles small = new StaticFiles("/static/", "static", getClass().getClassLoader(), 1);
        Handler site = small.wrap(request -> Response.text("app"));
        site.handle(Request.builder("GET", "/static/kit/site.css").build());
        Response note = site.handle(Request.builder("GET", "/static/kit/sub/note.txt").build());
        assertEquals(1, small.cachedFiles());
        assertEquals(note.bodyText(), site.handle(Request.builder("GET", "/static/kit/sub/note.txt").build()).bodyText());
        assertEquals("body { color: teal; }\n", site.handle(Request.builder("GET", "/static/kit/site.css").build()).bodyText());
    }
}
