package org.mtvkit.demo.step02;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.mtvkit.http.Handler;
import org.mtvkit.http.WebServer;

/** The demo's handler on a real server, for the exercises' tests: one per test, closed after it. */
final class DemoClient implements AutoCloseable {

    private final HttpClient client = HttpClient.newHttpClient();
    private final WebServer server;

    DemoClient(Handler handler) {
        server = WebServer.start(handler, "127.0.0.1", 0);
    }

    HttpResponse<String> send(String method, String target) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String target) throws Exception {
        return send("GET", target);
    }

    @Override
    public void close() {
        server.stop();
    }
}
