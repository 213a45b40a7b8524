package org.mtvkit.mtv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.Response;
import org.mtvkit.http.WebServer;

/** CSRF over real HTTP: a browser's round trip passes, everything else is 403 with the reason. */
class CsrfTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void start() {
        server = WebServer.start(Csrf.wrap(request -> request.method().equals("POST")
                ? Response.text("accepted")
                : Response.html("<form>" + Csrf.hiddenInput(request.attribute(Csrf.ATTRIBUTE, String.class).orElseThrow())
                        + "</form>")), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private HttpResponse<String> post(String cookie, String form) throws Exception {
        HttpRequest.Builder builder = to("/vote").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String page) {
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    @DisplayName("a form rendered by the site and posted back with its cookie is accepted")
    void roundTrip() throws Exception {
        HttpResponse<String> page = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = post(cookie(page),
                "choice=1&csrfmiddlewaretoken=" + URLEncoder.encode(field(page.body()), StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertEquals("accepted", response.body());
    }

    @Test
    @DisplayName("the token may come in the X-CSRFToken header instead of the form")
    void headerToken() throws Exception {
        HttpResponse<String> page = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = client.send(to("/api").header("Cookie", cookie(page))
                .header("X-CSRFToken", field(page.body())).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
    }

    @Test
    @DisplayName("a POST without the cookie is 403, saying the cookie is not set")
    void noCookie() throws Exception {
        HttpResponse<String> response = post(null, "choice=1");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("CSRF cookie not set"), response.body());
    }

    @Test
    @DisplayName("a POST with the cookie but no token is 403, saying the token is missing")
    void noToken() throws Exception {
        HttpResponse<String> page = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = post(cookie(page), "choice=1");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("CSRF token missing"), response.body());
    }

    @Test
    @DisplayName("a token from another visitor's cookie, or garbage, is 403, saying the token is incorrect")
    void wrongToken() throws Exception {
        HttpResponse<String> mine = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> theirs = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = post(cookie(mine),
                "csrfmiddlewaretoken=" + URLEncoder.encode(field(theirs.body()), StandardCharsets.UTF_8));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("CSRF token incorrect"), response.body());
        assertEquals(403, post(cookie(mine), "csrfmiddlewaretoken=%3Cscript%3E").statusCode());
    }

    @Test
    @DisplayName("a visitor with a cookie keeps it; each page gets a differently masked token of the same secret")
    void maskedTokens() throws Exception {
        HttpResponse<String> first = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(to("/form").header("Cookie", cookie(first)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(second.headers().firstValue("Set-Cookie").isEmpty(), "no new cookie for a visitor who has one");
        String a = field(first.body());
        String b = field(second.body());
        assertNotEquals(a, b);
        Base64.Decoder decode = Base64.getUrlDecoder();
        assertArrayEquals(Csrf.unmask(decode.decode(a)), Csrf.unmask(decode.decode(b)));
        assertArrayEquals(decode.decode(cookie(first).substring("csrftoken=".length())), Csrf.unmask(decode.decode(a)));
    }

    @Test
    @DisplayName("safe methods pass without a token")
    void safeMethods() throws Exception {
        assertEquals(200, client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
