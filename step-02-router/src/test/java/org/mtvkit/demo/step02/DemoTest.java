package org.mtvkit.demo.step02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.http.WebServer;

/** The demo answers what the chapter says it answers. */
@DisplayName("Step 2's demo answers what the chapter says it answers")
class DemoTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void start() {
        server = WebServer.start(new Site().handler(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> send(String method, String target) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("the home page links to paths built with reverse")
    void home() throws Exception {
        String body = send("GET", "/").body();
        for (String link : new String[] {"href=\"/hello/Ada%20Lovelace/\"", "href=\"/articles/2024/routing-tables/\"",
                "href=\"/vote/\"", "href=\"/nowhere/\""}) {
            assertTrue(body.contains(link), link + " in " + body);
        }
    }

    @Test
    @DisplayName("hello and article pages get their typed arguments")
    void pages() throws Exception {
        assertEquals("<h1>Hello, Ada Lovelace!</h1>\n", send("GET", "/hello/Ada%20Lovelace/").body());
        String article = send("GET", "/articles/2024/routing-tables/").body();
        assertTrue(article.contains("Published in 2024") && article.contains("href=\"/articles/2025/routing-tables/\""),
                article);
    }

    @Test
    @DisplayName("the demo shows a 404 listing the patterns, a 405, and a 301 to the slash")
    void errors() throws Exception {
        HttpResponse<String> notFound = send("GET", "/nowhere/");
        assertEquals(404, notFound.statusCode());
        assertTrue(notFound.body().contains("hello/&lt;str:name&gt;/"), notFound.body());
        assertEquals(405, send("GET", "/vote/").statusCode());
        assertEquals(200, send("POST", "/vote/").statusCode());
        assertEquals(301, send("GET", "/articles/2024/routing-tables").statusCode());
        assertEquals("POST, OPTIONS", send("OPTIONS", "/vote/").headers().firstValue("Allow").orElseThrow());
    }

    @Test
    @DisplayName("with the demo's DEBUG on, a POST to /vote gets the page explaining the missing slash")
    void postWithoutSlash() throws Exception {
        HttpResponse<String> page = send("POST", "/vote");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("Change your form to point to /vote/"), page.body());
    }
}
