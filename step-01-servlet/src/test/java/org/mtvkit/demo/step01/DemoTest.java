package org.mtvkit.demo.step01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo's two halves answer the same pages: the raw servlet and the framework handler. */
class DemoTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private Server jetty;
    private int port;

    @BeforeEach
    void start() throws Exception {
        jetty = Main.server("127.0.0.1", 0);
        jetty.start();
        port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    private HttpResponse<String> get(String target) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String target, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("the home page links to both versions of hello and echo")
    void home() throws Exception {
        String body = get("/").body();
        for (String link : new String[] {"href=\"/hello?name=Ada\"", "href=\"/raw/hello?name=Ada\"", "action=\"/echo\"",
                "action=\"/raw/echo\""}) {
            assertTrue(body.contains(link), link);
        }
    }

    @Test
    @DisplayName("hello greets by name, escaped, in both versions")
    void hello() throws Exception {
        assertEquals("<h1>Hello, &lt;b&gt;Ada&lt;/b&gt;!</h1>", get("/hello?name=%3Cb%3EAda%3C/b%3E").body());
        assertEquals("<h1>Hello, &lt;b&gt;Ada&lt;/b&gt;!</h1>", get("/raw/hello?name=%3Cb%3EAda%3C/b%3E").body().strip());
        assertEquals("<h1>Hello, world!</h1>", get("/hello").body());
    }

    @Test
    @DisplayName("the raw echo shows query and form parameters merged, as the servlet API does")
    void rawEcho() throws Exception {
        String body = post("/raw/echo?tag=a&tag=b", "comment=h%C3%A9llo").body();
        assertTrue(body.contains("<li>tag = a, b</li>"), body);
        assertTrue(body.contains("<li>comment = héllo</li>"), body);
    }

    @Test
    @DisplayName("the framework echo keeps query and form apart")
    void frameworkEcho() throws Exception {
        String body = post("/echo?tag=a&tag=b", "comment=h%C3%A9llo").body();
        assertTrue(body.contains("<h2>Query parameters</h2><ul><li>tag = a, b</li></ul>"), body);
        assertTrue(body.contains("<h2>Form fields</h2><ul><li>comment = héllo</li></ul>"), body);
    }

    @Test
    @DisplayName("the demo shows a 500 for a view that throws and a 404 for an unknown path")
    void errors() throws Exception {
        assertEquals(500, get("/boom").statusCode());
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    @DisplayName("neither the raw servlet nor the framework tells the world it runs on Jetty")
    void noServerHeader() throws Exception {
        for (String target : new String[] {"/raw/hello?name=Ada", "/hello?name=Ada", "/nowhere"}) {
            assertTrue(get(target).headers().firstValue("Server").isEmpty(), target + " sends a Server header");
        }
    }
}
