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
import java.util.List;
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
        server = WebServer.start(Csrf.wrap(request -> switch (request.path()) {
            case "/plain" -> Response.text("a page without a form");
            case "/form" -> Response.html("<form>" + Csrf.hiddenInput(request.attribute(Csrf.ATTRIBUTE, Csrf.Token.class)
                    .orElseThrow()) + "</form>");
            default -> Response.text("accepted");
        }), "127.0.0.1", 0);
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
    @DisplayName("a visitor with a cookie keeps its secret; each page gets a differently masked token of it")
    void maskedTokens() throws Exception {
        HttpResponse<String> first = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(to("/form").header("Cookie", cookie(first)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(cookie(first), cookie(second), "the same secret, its cookie renewed for another year");
        String a = field(first.body());
        String b = field(second.body());
        assertNotEquals(a, b);
        Base64.Decoder decode = Base64.getUrlDecoder();
        assertArrayEquals(Csrf.unmask(decode.decode(a)), Csrf.unmask(decode.decode(b)));
        assertArrayEquals(decode.decode(cookie(first).substring("csrftoken=".length())), Csrf.unmask(decode.decode(a)));
    }

    @Test
    @DisplayName("a cookie that holds no secret (garbage, or too short) is replaced by a new one when a page prints the token")
    void malformedCookieReplaced() throws Exception {
        for (String sent : List.of("csrftoken=not*base64", "csrftoken=c2hvcnQ")) {
            HttpResponse<String> page = client.send(to("/form").header("Cookie", sent).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            String fresh = cookie(page);
            assertNotEquals(sent, fresh);
            byte[] secret = Base64.getUrlDecoder().decode(fresh.substring("csrftoken=".length()));
            assertEquals(32, secret.length);
            assertArrayEquals(secret, Csrf.unmask(Base64.getUrlDecoder().decode(field(page.body()))));
            assertEquals(200, post(fresh, "csrfmiddlewaretoken=" + field(page.body())).statusCode());
        }
    }

    @Test
    @DisplayName("the cookie lives a year, as Django's, and a page that printed the token says it varies by cookie")
    void cookieLifetimeAndVary() throws Exception {
        HttpResponse<String> page = client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("; Max-Age=31449600"), setCookie);
        assertEquals(List.of("Cookie"), page.headers().allValues("Vary"));
    }

    @Test
    @DisplayName("a page that does not print the token sets no cookie and does not vary by cookie")
    void noCookieWithoutTheToken() throws Exception {
        HttpResponse<String> page = client.send(to("/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals(List.of(), page.headers().allValues("Set-Cookie"));
        assertEquals(List.of(), page.headers().allValues("Vary"));
    }

    @Test
    @DisplayName("a refusal is an HttpException 403 with the reason, for the error pages to render")
    void refusalIsAnHttpException() {
        org.mtvkit.http.HttpException e = org.junit.jupiter.api.Assertions.assertThrows(org.mtvkit.http.HttpException.class,
                () -> Csrf.wrap(request -> Response.text("never")).handle(
                        org.mtvkit.http.Request.builder("POST", "/vote").build()));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().startsWith("CSRF verification failed. CSRF cookie not set."), e.getMessage());
    }

    @Test
    @DisplayName("safe methods pass without a token")
    void safeMethods() throws Exception {
        assertEquals(200, client.send(to("/form").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
