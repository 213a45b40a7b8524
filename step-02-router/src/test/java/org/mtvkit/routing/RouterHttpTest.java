package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;

import java.io.IOException;
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
import org.mtvkit.http.Handler;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;
import org.mtvkit.testing.RawHttp;

/** The router behind a real Jetty on 127.0.0.1, port 0: status codes, headers and pages over HTTP. */
@DisplayName("The router behind a real Jetty answers with the right status, headers and pages")
class RouterHttpTest {

    private final HttpClient client = HttpClient.newHttpClient();   // follows no redirects: tests see the 301
    private final List<String> log = new CopyOnWriteArrayList<>();
    private WebServer server;

    private static Router router() {
        return Router.of(
                path("", request -> Response.text("home"), "home"),
                path("items/<int:id>/", (request, kwargs) -> Response.text("item " + kwargs.intValue("id")), "item"),
                path("hello/<str:name>/", (request, kwargs) -> Response.text("hello " + kwargs.string("name")), "hello"),
                path("vote/", request -> Response.text("voted"), "vote").allow("POST"),
                path("read/", request -> Response.text("read"), "read").allow("GET"),
                path("big/<int:n>/", (request, kwargs) -> Response.text("big " + kwargs.longValue("n")), "big"),
                path("feed/", request -> Response.text("feed"), "feed").noAppendSlash(),
                path("match/<slug:s>/", request -> Response.text(ResolverMatch.of(request).orElseThrow().route()
                        + " " + ResolverMatch.of(request).orElseThrow().kwargs()), "match"),
                path("boom/", request -> {
                    throw new IllegalStateException("secret <detail>");
                }, "boom"),
                include("polls/", "polls", List.of(path("<int:question_id>/", (request, kwargs) ->
                        Response.text("question " + kwargs.intValue("question_id")), "detail"))));
    }

    private void serve(Handler handler) {
        server = WebServer.start(handler, "127.0.0.1", 0);
    }

    private void serveSite(boolean debug) {
        Router router = router();
        serve(Middleware.chain(router, AccessLog.to(log::add), ErrorMiddleware.create(debug),
                AppendSlash.using(router, debug)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> send(String method, String target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return send("GET", target);
    }

    @Test
    @DisplayName("a matching path reaches its view with typed arguments")
    void matches() throws Exception {
        serveSite(false);
        assertEquals("item 42", get("/items/42/").body());
        assertEquals("question 7", get("/polls/7/").body());
        assertEquals("home", get("/").body());
    }

    @Test
    @DisplayName("the router matches the decoded path, so encoded text reaches the view decoded")
    void decodedPath() throws Exception {
        serveSite(false);
        assertEquals("hello Zoë & 日本", get("/hello/Zo%C3%AB%20&%20%E6%97%A5%E6%9C%AC/").body());
    }

    @Test
    @DisplayName("the query string plays no part in matching")
    void queryIgnored() throws Exception {
        serveSite(false);
        assertEquals("item 3", get("/items/3/?id=9&x=/").body());
    }

    @Test
    @DisplayName("the view's request carries the ResolverMatch as an attribute")
    void matchAttached() throws Exception {
        serveSite(false);
        assertEquals("match/<slug:s>/ {s=abc}", get("/match/abc/").body());
    }

    @Test
    @DisplayName("no match gives 404 with a short page that lists no patterns when debug is off")
    void notFound() throws Exception {
        serveSite(false);
        HttpResponse<String> response = get("/nowhere/");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("/nowhere/ was not found"), response.body());
        assertFalse(response.body().contains("items/"), response.body());
    }

    @Test
    @DisplayName("in debug mode the 404 page lists every pattern tried, in order, escaped")
    void debugNotFound() throws Exception {
        serveSite(true);
        HttpResponse<String> response = get("/nowhere/%3Cscript%3E/");
        assertEquals(404, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("<li><code>items/&lt;int:id&gt;/ [name=&#x27;item&#x27;]</code></li>"), body);
        assertTrue(body.indexOf("items/&lt;int:id&gt;/") < body.indexOf("polls/&lt;int:question_id&gt;/"), body);
        assertTrue(body.contains("[name=&#x27;polls:detail&#x27;]"), body);
        assertTrue(body.contains("nowhere/&lt;script&gt;/"), body);
        assertFalse(body.contains("<script>"), body);
    }

    @Test
    @DisplayName("without middleware, the router's 404 still reaches the client as a 404 page")
    void notFoundWithoutMiddleware() throws Exception {
        serve(router());
        assertEquals(404, get("/nowhere/").statusCode());
    }

    @Test
    @DisplayName("a method the route does not allow gives 405 with an Allow header that lists OPTIONS too")
    void methodNotAllowed() throws Exception {
        serveSite(false);
        HttpResponse<String> response = get("/vote/");
        assertEquals(405, response.statusCode());
        assertEquals("POST, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
        assertTrue(response.body().contains("GET is not allowed here"), response.body());
        assertEquals("voted", send("POST", "/vote/").body());
    }

    @Test
    @DisplayName("HEAD is answered wherever GET is, with GET's headers and no body")
    void headFollowsGet() throws Exception {
        serveSite(false);
        HttpResponse<String> head = send("HEAD", "/read/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("4", head.headers().firstValue("Content-Length").orElseThrow());
        HttpResponse<String> refused = send("DELETE", "/read/");
        assertEquals(405, refused.statusCode());
        assertEquals("GET, HEAD, OPTIONS", refused.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    @DisplayName("OPTIONS on a route with methods is answered 200 with Allow and an empty body, without the view")
    void optionsListsMethods() throws Exception {
        serveSite(false);
        HttpResponse<String> options = send("OPTIONS", "/vote/");
        assertEquals(200, options.statusCode());
        assertEquals("POST, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
        assertEquals("", options.body());
        assertEquals("GET, HEAD, OPTIONS", send("OPTIONS", "/read/").headers().firstValue("Allow").orElseThrow());
    }

    @Test
    @DisplayName("OPTIONS on a route that answers every method reaches its view, as a Django function view does")
    void optionsOnAnyMethodRoute() throws Exception {
        serveSite(false);
        assertEquals("home", send("OPTIONS", "/").body());
    }

    @Test
    @DisplayName("a 405 is never logged as an error and carries no stack trace in its page")
    void methodNotAllowedPage() throws Exception {
        serveSite(true);
        HttpResponse<String> response = send("PUT", "/vote/");
        assertEquals(405, response.statusCode());
        assertTrue(response.body().contains("PUT is not allowed here; this URL answers POST, OPTIONS."), response.body());
        assertFalse(response.body().contains("Traceback"), response.body());
    }

    @Test
    @DisplayName("append-slash: a GET that only matches with a trailing slash gets a 301 keeping the query string")
    void appendSlash() throws Exception {
        serveSite(false);
        HttpResponse<String> response = get("/items/5?page=2&q=a%20b");
        assertEquals(301, response.statusCode());
        assertEquals("/items/5/?page=2&q=a%20b", response.headers().firstValue("Location").orElseThrow());
        assertEquals(301, send("HEAD", "/polls/7").statusCode());
    }

    @Test
    @DisplayName("append-slash keeps the path as it was encoded")
    void appendSlashKeepsEncoding() throws Exception {
        serveSite(false);
        HttpResponse<String> response = get("/hello/Zo%C3%AB");
        assertEquals("/hello/Zo%C3%AB/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("append-slash does not redirect when the slash would not help")
    void appendSlashOnlyWhenItHelps() throws Exception {
        serveSite(false);
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    @DisplayName("a path starting with '//' is refused by the container with 400 before any redirect")
    void doubleSlashRefusedByJetty() throws Exception {
        serveSite(false);
        assertEquals(400, RawHttp.status(RawHttp.get(server.port(), "//evil.example")));
    }

    @Test
    @DisplayName("append-slash: with DEBUG off a POST without the slash gets Django's 301 too")
    void appendSlashPostRedirectsWithDebugOff() throws Exception {
        serveSite(false);
        HttpResponse<String> response = send("POST", "/vote");
        assertEquals(301, response.statusCode());
        assertEquals("/vote/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("append-slash: a route that opted out stays a 404 without its slash")
    void appendSlashOptOut() throws Exception {
        serveSite(false);
        assertEquals(404, get("/feed").statusCode());
        assertEquals("feed", get("/feed/").body());
    }

    @Test
    @DisplayName("append-slash: with DEBUG on a DELETE is redirected, as only POST, PUT and PATCH carry a body Django protects")
    void appendSlashDeleteInDebug() throws Exception {
        serveSite(true);
        assertEquals(301, send("DELETE", "/vote").statusCode());
    }

    @Test
    @DisplayName("append-slash: a POST without the slash is an error in debug mode, explaining why")
    void appendSlashPostInDebug() throws Exception {
        serveSite(true);
        HttpResponse<String> response = send("POST", "/vote");
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("cannot redirect to /vote/ while keeping the POST data"), response.body());
        assertTrue(response.body().contains("Change your form to point to /vote/"), response.body());
    }

    @Test
    @DisplayName("malformed percent-encoding in the path gives 400, not 500")
    void malformedPercent() throws Exception {
        serveSite(false);
        for (String target : List.of("/items/%zz/", "/hello/%E2%82/", "/hello/%")) {
            String response = RawHttp.get(server.port(), target);
            assertEquals(400, RawHttp.status(response), target + "\n" + response);
        }
    }

    @Test
    @DisplayName("an integer beyond a long gives 404, and one beyond an int gives 404 to a view that asks for an int")
    void integerOverflow() throws Exception {
        serveSite(false);
        assertEquals(404, get("/items/99999999999999999999999/").statusCode());
        assertEquals(404, get("/big/9223372036854775808/").statusCode());
        assertEquals(404, get("/polls/2147483648/").statusCode());
    }

    @Test
    @DisplayName("<int:> takes the whole long range: a view reading a long gets 9223372036854775807")
    void integerLongRange() throws Exception {
        serveSite(false);
        assertEquals("big 9223372036854775807", get("/big/9223372036854775807/").body());
    }

    @Test
    @DisplayName("a very long path is answered 404 with a short page")
    void veryLongPath() throws Exception {
        serveSite(true);
        HttpResponse<String> response = get("/hello/" + "a".repeat(6000) + "/x/");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().length() < 20_000, "the page does not grow without bound");
    }

    @Test
    @DisplayName("unusual characters in a <str:> value reach the view decoded")
    void unusualCharacters() throws Exception {
        serveSite(false);
        assertEquals("hello <>\"'~;:@!$&()*+,= 🎉", get("/hello/%3C%3E%22'~;:@!$&()*+,=%20%F0%9F%8E%89/").body());
    }

    @Test
    @DisplayName("a view that throws gives a 500 page that hides the message when debug is off")
    void serverError() throws Exception {
        serveSite(false);
        HttpResponse<String> response = get("/boom/");
        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("secret"), response.body());
    }

    @Test
    @DisplayName("in debug mode the 500 page shows the exception's type and message, escaped")
    void serverErrorInDebug() throws Exception {
        serveSite(true);
        HttpResponse<String> response = get("/boom/");
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("IllegalStateException"), response.body());
        assertTrue(response.body().contains("secret &lt;detail&gt;"), response.body());
        assertTrue(response.body().contains("<h2>Traceback</h2>"), response.body());
        assertTrue(response.body().contains("at org.mtvkit.routing.RouterHttpTest"), response.body());
    }

    @Test
    @DisplayName("the access log writes one line per request: method, path with query, status, milliseconds")
    void accessLog() throws Exception {
        serveSite(false);
        get("/items/1/?a=b");
        get("/nowhere/");
        get("/boom/");
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(0).matches("GET /items/1/\\?a=b 200 \\d+ms"), log.get(0));
        assertTrue(log.get(1).matches("GET /nowhere/ 404 \\d+ms"), log.get(1));
        assertTrue(log.get(2).matches("GET /boom/ 500 \\d+ms"), log.get(2));
    }

    @Test
    @DisplayName("a path built by reverse, sent over HTTP, brings the same value back to the view")
    void reverseThenRequest() throws Exception {
        Router router = router();
        serve(router);
        String path = router.reverse("hello", "Ada Lovelace? #1 café");
        assertEquals("hello Ada Lovelace? #1 café", get(path).body());
        assertEquals("question 12", get(router.reverse("polls:detail", 12)).body());
    }
}
