package org.mtvkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.testing.RawHttp;

/** The HTTP core over real HTTP: a Jetty on 127.0.0.1, port 0, and the JDK's HttpClient. */
class WebServerTest {

    private static final int LIMIT = 1000;

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    /** Describes the request it received, so tests can see what the framework parsed. */
    private static Response describe(Request r) {
        String text = r.method() + " " + r.path() + "\n"
                + "raw=" + r.rawPath() + "\n"
                + "query=" + r.query() + "\n"
                + "form=" + r.form() + "\n"
                + "x-test=" + r.headers().all("X-TEST") + "\n"
                + "cookies=" + r.cookies() + "\n"
                + "body=" + r.text() + "\n";
        return Response.text(text).withHeader("X-Echo", "yes");
    }

    @BeforeEach
    void start() {
        server = WebServer.start(request -> switch (request.path()) {
            case "/throw" -> throw new IllegalStateException("secret internal detail");
            case "/null" -> null;
            case "/missing" -> throw HttpException.notFound("No question <7> here");
            case "/cookie" -> Response.text("set").withCookie(Cookie.of("theme", "dark"));
            case "/redirect" -> Response.redirect("/elsewhere");
            default -> describe(request);
        }, "127.0.0.1", 0, LIMIT);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder to(String target) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target));
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("port 0 binds a free port and the server reports it")
    void reportsTheBoundPort() {
        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
    }

    @Test
    @DisplayName("a GET reaches the handler with method, decoded path and parsed query")
    void get() throws Exception {
        HttpResponse<String> response = send(to("/polls/caf%C3%A9/?page=2&q=a+b%26c"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("GET /polls/café/\nraw=/polls/caf%C3%A9/\n"), response.body());
        assertTrue(response.body().contains("query={page=[2], q=[a b&c]}"), response.body());
        assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase());
    }

    @Test
    @DisplayName("repeated query parameters keep every value, in order")
    void repeatedParameters() throws Exception {
        HttpResponse<String> response = send(to("/?tag=a&tag=b&tag=c"));
        assertTrue(response.body().contains("query={tag=[a, b, c]}"), response.body());
    }

    @Test
    @DisplayName("HEAD answers the headers GET would, with no body")
    void head() throws Exception {
        HttpResponse<String> get = send(to("/cookie"));
        HttpResponse<String> head = send(to("/cookie").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("3", get.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("3", head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(get.headers().allValues("Set-Cookie"), head.headers().allValues("Set-Cookie"));
    }

    @Test
    @DisplayName("a URL-encoded form POST is parsed into form fields, repeated and encoded ones included")
    void postForm() throws Exception {
        HttpResponse<String> response = send(to("/vote").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("choice=3&tag=x&tag=y%26z&empty=")));
        assertTrue(response.body().contains("form={choice=[3], tag=[x, y&z], empty=[]}"), response.body());
    }

    @Test
    @DisplayName("non-ASCII text survives the round trip through path, query, form and response")
    void nonAsciiRoundTrip() throws Exception {
        HttpResponse<String> response = send(to("/%E6%97%A5%E6%9C%AC?name=J%C3%BCrgen%20%F0%9F%8E%89")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(form("city=Z%C3%BCrich")));
        assertTrue(response.body().startsWith("POST /日本\n"), response.body());
        assertTrue(response.body().contains("name=[Jürgen 🎉]"), response.body());
        assertTrue(response.body().contains("form={city=[Zürich]}"), response.body());
    }

    @Test
    @DisplayName("header names are case-insensitive and repeated headers keep all their values")
    void headers() throws Exception {
        HttpResponse<String> response = send(to("/").header("x-test", "one").header("X-Test", "two"));
        assertTrue(response.body().contains("x-test=[one, two]"), response.body());
    }

    @Test
    @DisplayName("request cookies are parsed, and response cookies are sent with safe attributes")
    void cookies() throws Exception {
        HttpResponse<String> echoed = send(to("/").header("Cookie", "a=1; b=\"two\""));
        assertTrue(echoed.body().contains("cookies={a=1, b=two}"), echoed.body());
        HttpResponse<String> set = send(to("/cookie"));
        assertEquals("theme=dark; Path=/; HttpOnly; SameSite=Lax", set.headers().firstValue("Set-Cookie").orElseThrow());
    }

    @Test
    @DisplayName("a redirect answers 302 with a Location header")
    void redirect() throws Exception {
        HttpResponse<String> response = send(to("/redirect"));
        assertEquals(302, response.statusCode());
        assertEquals("/elsewhere", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("a handler that throws gives a 500 page with no stack trace and no exception detail")
    void handlerThrows() throws Exception {
        HttpResponse<String> response = send(to("/throw"));
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("500 Internal Server Error"), response.body());
        assertFalse(response.body().contains("secret internal detail"), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
        assertFalse(response.body().contains("at org."), response.body());
        assertEquals(200, send(to("/after")).statusCode(), "the server keeps serving after a failure");
    }

    @Test
    @DisplayName("a handler that returns null gives a 500 page, not a crash")
    void handlerReturnsNull() throws Exception {
        assertEquals(500, send(to("/null")).statusCode());
    }

    @Test
    @DisplayName("an HttpException becomes its status, with its message escaped in the page")
    void httpException() throws Exception {
        HttpResponse<String> response = send(to("/missing"));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No question &lt;7&gt; here"), response.body());
    }

    @Test
    @DisplayName("a body over the limit gives 413 when its length is declared")
    void declaredBodyTooLarge() throws Exception {
        HttpResponse<String> response = send(to("/").POST(form("x".repeat(LIMIT + 1))));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("at most 1000"), response.body());
    }

    @Test
    @DisplayName("a chunked body that grows over the limit gives 413 too")
    void chunkedBodyTooLarge() throws Exception {
        String chunk = "x".repeat(600);
        String chunked = Integer.toHexString(600) + "\r\n" + chunk + "\r\n" + Integer.toHexString(600) + "\r\n" + chunk
                + "\r\n0\r\n\r\n";
        String response = RawHttp.send(server.port(), "POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunked);
        assertEquals(413, RawHttp.status(response), response);
    }

    @Test
    @DisplayName("a body exactly at the limit is accepted")
    void bodyAtTheLimit() throws Exception {
        HttpResponse<String> response = send(to("/").POST(form("x".repeat(LIMIT))));
        assertEquals(200, response.statusCode());
    }

    @Test
    @DisplayName("malformed percent-encoding in the path gives 400, with no stack trace")
    void malformedPath() throws Exception {
        for (String target : List.of("/bad%zz", "/bad%", "/bad%C3%28")) {
            String response = RawHttp.get(server.port(), target);
            assertEquals(400, RawHttp.status(response), target + "\n" + response);
            assertFalse(response.contains("at org."), response);
        }
    }

    @Test
    @DisplayName("malformed percent-encoding in the query string or a form gives 400 naming the part")
    void malformedQueryAndForm() throws Exception {
        String query = RawHttp.get(server.port(), "/?q=%zz");
        assertEquals(400, RawHttp.status(query), query);
        assertTrue(query.contains("query string"), query);
        HttpResponse<String> form = send(to("/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("a=%E2%82")));
        assertEquals(400, form.statusCode());
        assertTrue(form.body().contains("form body"), form.body());
    }

    @Test
    @DisplayName("a long path and unusual but legal characters reach the handler decoded")
    void longAndUnusualPaths() throws Exception {
        assertEquals(200, send(to("/" + "a".repeat(4000))).statusCode());
        HttpResponse<String> odd = send(to("/%3C%3E%22%20'~;x"));
        assertEquals(200, odd.statusCode());
        assertTrue(odd.body().startsWith("GET /<>\" '~;x\n"), odd.body());
    }

    @Test
    @DisplayName("the container itself rejects a URI too long to hold with 414")
    void uriTooLong() throws Exception {
        String response = RawHttp.get(server.port(), "/" + "a".repeat(100_000));
        assertEquals(414, RawHttp.status(response), response.lines().findFirst().orElse(""));
    }

    @Test
    @DisplayName("the container rejects ambiguous paths (encoded '/', encoded '..', control characters) with 400")
    void ambiguousPathsAreRejected() throws Exception {
        for (String target : List.of("/a%2Fb", "/%2e%2e/secret", "/..%2fsecret", "/tab%09", "/nul%00")) {
            String response = RawHttp.get(server.port(), target);
            assertEquals(400, RawHttp.status(response), target + "\n" + response);
            assertFalse(response.contains("at org."), response);
        }
    }

    @Test
    @DisplayName("stop releases the port")
    void stopReleasesThePort() throws Exception {
        int port = server.port();
        server.stop();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, socket.getLocalPort());
        }
        server = WebServer.start(r -> Response.text("again"), "127.0.0.1", port);
        assertEquals("again", send(to("/")).body());
    }

    @Test
    @DisplayName("many requests in parallel are all answered")
    void parallelRequests() {
        List<Integer> statuses = java.util.stream.IntStream.range(0, 50).parallel()
                .mapToObj(i -> client.sendAsync(to("/n" + i).build(), HttpResponse.BodyHandlers.ofString()))
                .map(f -> f.join().statusCode())
                .collect(Collectors.toList());
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
    }
}
